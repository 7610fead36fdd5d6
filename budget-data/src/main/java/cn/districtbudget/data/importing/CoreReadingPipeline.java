package cn.districtbudget.data.importing;

import cn.districtbudget.core.assembly.AssembledDisclosure;
import cn.districtbudget.core.assembly.DisclosureAssembler;
import cn.districtbudget.core.assembly.SourceDocument;
import cn.districtbudget.core.check.DisclosureChecker;
import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.reading.ReadingHints;
import cn.districtbudget.data.files.SourceFiles;
import cn.districtbudget.data.files.UnreadableDocumentException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The real pipeline: {@link SourceFiles} for files (text and tables), budget-core's {@link DisclosureAssembler} for
 * the disclosure of a set of files, and its checker.
 */
@Component
public class CoreReadingPipeline implements ReadingPipeline {

    private final DisclosureAssembler assembler = new DisclosureAssembler();
    private final DisclosureChecker checker = new DisclosureChecker();

    @Override
    public SourceDocument readDocument(DocumentSource source) {
        try {
            if (source instanceof DocumentSource.FileSource file) {
                return SourceFiles.read(file.path());
            }
            if (source instanceof DocumentSource.BytesSource upload) {
                return SourceFiles.read(upload.fileName(), upload.content());
            }
            DocumentSource.TextSource text = (DocumentSource.TextSource) source;
            return SourceDocument.text(text.fileName(), text.text());
        } catch (UnreadableDocumentException e) {
            throw new ImportRejected(ImportFailure.UNREADABLE_FILE, e.getMessage());
        }
    }

    @Override
    public Read read(List<SourceDocument> documents, ReadingHints hints) {
        AssembledDisclosure result = assembler.assemble(documents, hints);
        if (!result.isDisclosure()) {
            String why = result.findings().stream().map(Finding::message).collect(Collectors.joining("；"));
            throw new ImportRejected(ImportFailure.NOT_A_DISCLOSURE, why);
        }
        return new Read(result.disclosure(), result.findings(), result.tables());
    }

    @Override
    public List<Finding> check(Disclosure disclosure, Disclosure priorYear) {
        return checker.check(disclosure, priorYear).findings();
    }
}
