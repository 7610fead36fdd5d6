package cn.districtbudget.data.importing;

import cn.districtbudget.core.check.DisclosureChecker;
import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.reading.DisclosureReader;
import cn.districtbudget.core.reading.ReadResult;
import cn.districtbudget.core.reading.ReadingHints;
import cn.districtbudget.data.files.DocumentFiles;
import cn.districtbudget.data.files.UnreadableDocumentException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The real pipeline: {@link DocumentFiles} for files, budget-core's reader and checker. */
@Component
public class CoreReadingPipeline implements ReadingPipeline {

    private final DisclosureReader reader = new DisclosureReader();
    private final DisclosureChecker checker = new DisclosureChecker();

    @Override
    public String readText(DocumentSource source) {
        try {
            if (source instanceof DocumentSource.FileSource file) {
                return DocumentFiles.readText(file.path());
            }
            if (source instanceof DocumentSource.BytesSource upload) {
                return DocumentFiles.readText(upload.fileName(), upload.content());
            }
            return ((DocumentSource.TextSource) source).text();
        } catch (UnreadableDocumentException e) {
            throw new ImportRejected(ImportFailure.UNREADABLE_FILE, e.getMessage());
        }
    }

    @Override
    public Read read(String text, ReadingHints hints) {
        ReadResult result = reader.read(text, hints);
        if (!result.isDisclosure()) {
            String why = result.findings().stream().map(Finding::message).collect(Collectors.joining("；"));
            throw new ImportRejected(ImportFailure.NOT_A_DISCLOSURE, why);
        }
        return new Read(result.disclosure(), result.findings());
    }

    @Override
    public List<Finding> check(Disclosure disclosure, Disclosure priorYear) {
        return checker.check(disclosure, priorYear).findings();
    }
}
