package cn.districtbudget.data.support;

import cn.districtbudget.core.assembly.SourceDocument;
import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.finding.Section;
import cn.districtbudget.core.finding.Severity;
import cn.districtbudget.core.reading.ReadingHints;
import cn.districtbudget.data.importing.DocumentSource;
import cn.districtbudget.data.importing.ReadingPipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A reading pipeline for storage tests: texts registered with {@link #register} read as the given disclosure;
 * any other text fails as a real reader would on garbage. The check adds one INFO finding when a prior year exists.
 */
public class FixtureReadingPipeline implements ReadingPipeline {

    private final Map<String, Read> texts = new ConcurrentHashMap<>();
    private final Map<String, RuntimeException> failures = new ConcurrentHashMap<>();

    /** Reading {@code text} throws {@code failure} (as a reader bug or an absurd figure would). */
    public void registerFailure(String text, RuntimeException failure) {
        failures.put(text, failure);
    }

    public void register(String text, Disclosure disclosure, List<Finding> findings) {
        texts.put(text, new Read(disclosure, findings));
    }

    /** A file as UTF-8, an upload's bytes as UTF-8, a text as it is; never tables. */
    @Override
    public SourceDocument readDocument(DocumentSource source) throws IOException {
        if (source instanceof DocumentSource.FileSource file) {
            return SourceDocument.text(source.fileName(), Files.readString(file.path()));
        }
        if (source instanceof DocumentSource.BytesSource upload) {
            return SourceDocument.text(source.fileName(),
                    new String(upload.content(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return SourceDocument.text(source.fileName(), ((DocumentSource.TextSource) source).text());
    }

    /** The registered reading of the documents' texts (several texts joined by a line end). */
    @Override
    public Read read(List<SourceDocument> documents, ReadingHints hints) {
        String text = documents.stream().map(SourceDocument::text).collect(java.util.stream.Collectors.joining("\n"));
        RuntimeException failure = failures.get(text);
        if (failure != null) {
            throw failure;
        }
        Read read = texts.get(text);
        if (read == null) {
            throw new IllegalArgumentException("不是公开说明");
        }
        return read;
    }

    @Override
    public List<Finding> check(Disclosure disclosure, Disclosure priorYear) {
        return priorYear == null ? List.of()
                : List.of(new Finding("FIXTURE-PRIOR", Severity.INFO, Section.DOCUMENT,
                        "上年度 " + priorYear.year() + " 已存"));
    }
}
