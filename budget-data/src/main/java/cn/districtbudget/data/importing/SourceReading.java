package cn.districtbudget.data.importing;

import cn.districtbudget.core.assembly.SourceDocument;
import cn.districtbudget.core.disclosure.Disclosure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first part of an import, outside any transaction: the {@link DocumentSource}s of one disclosure read into their
 * text and tables (holding one of {@link #THREADS} reading permits while a file's bytes are read), read together as one
 * disclosure, and its year checked. Never throws: what cannot be read becomes a failed {@link PreparedDocument}.
 */
final class SourceReading {

    /** Files read at once (POI and PDFBox models built) by one importer, whoever asks; also the batch's threads. */
    static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private static final Logger LOG = LoggerFactory.getLogger(SourceReading.class);

    private final ReadingPipeline pipeline;
    /**
     * Files read at once by this importer: batches, uploads and command-line files together. Fair, so files are read
     * in the order they came and one large file cannot starve the others.
     */
    private final Semaphore permits = new Semaphore(THREADS, true);

    SourceReading(ReadingPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * The documents of one disclosure (usually one file; a narrative and its tables file; a text): each read while
     * holding a reading permit, then read together as one disclosure.
     */
    PreparedDocument read(List<DocumentSource> sources, ImportOptions options) {
        String fileName = setName(sources);
        List<SourceDocument> documents = new ArrayList<>(sources.size());
        try {
            for (DocumentSource source : sources) {
                documents.add(readDocument(source));
            }
        } catch (ImportRejected e) {
            return PreparedDocument.failed(fileName, e.failure(), e.detail());
        } catch (IOException | RuntimeException e) {
            return PreparedDocument.failed(fileName, ImportFailure.FILE_ERROR, describe(e));
        }
        return parse(fileName, documents, options);
    }

    private SourceDocument readDocument(DocumentSource source) throws IOException {
        if (source instanceof DocumentSource.TextSource text) {
            return SourceDocument.text(text.fileName(), text.text());
        }
        if (source instanceof DocumentSource.FileSource file && !DocumentSource.importable(file.fileName())) {
            throw new ImportRejected(ImportFailure.UNSUPPORTED_TYPE);
        }
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportRejected(ImportFailure.INTERRUPTED);
        }
        try {
            return pipeline.readDocument(source);
        } finally {
            permits.release();
        }
    }

    /** The name an import of several files goes by: {@code a.pdf + b.xlsx} (cut to fit the stored file name). */
    static String setName(List<DocumentSource> sources) {
        String name = sources.stream().map(DocumentSource::fileName).collect(Collectors.joining(" + "));
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME - 1) + "…";
    }

    private static final int MAX_NAME = 500;

    private PreparedDocument parse(String fileName, List<SourceDocument> documents, ImportOptions options) {
        String text = null;
        try {
            if (documents.stream().allMatch(SourceReading::empty)) {
                throw new ImportRejected(ImportFailure.EMPTY_FILE);
            }
            text = OriginalText.of(documents);
            ReadingPipeline.Read read = pipeline.read(documents, options.hints());
            validate(read.disclosure());
            return new PreparedDocument(fileName, text, sha256(normalise(text)), read, null, null);
        } catch (ImportRejected e) {
            return new PreparedDocument(fileName, text, null, null, e.failure(), e.detail());
        } catch (RuntimeException e) {
            LOG.warn("Reading {} failed: {}: {}", fileName, e.getClass().getName(), abbreviate(describe(e)));
            LOG.debug("Reading {} failed", fileName, e);
            return new PreparedDocument(fileName, text, null, null, ImportFailure.READING_ERROR, describe(e));
        }
    }

    private static boolean empty(SourceDocument document) {
        return (document.text() == null || document.text().isBlank())
                && (document.tables() == null || document.tables().tables().isEmpty());
    }

    private static void validate(Disclosure disclosure) {
        if (disclosure == null) {
            throw new ImportRejected(ImportFailure.NOT_A_DISCLOSURE);
        }
        if (disclosure.year() != Disclosure.YEAR_NOT_STATED && (disclosure.year() < 1990 || disclosure.year() > 2100)) {
            throw new ImportRejected(ImportFailure.YEAR_OUT_OF_RANGE, String.valueOf(disclosure.year()));
        }
    }

    static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    /**
     * The text as compared for "unchanged": without BOM, with LF line ends, without trailing white space on any line
     * and without trailing blank lines. A CRLF-only or trailing-space-only change is the same text.
     */
    static String normalise(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        t = t.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(t.length());
        for (String line : t.split("\n", -1)) {
            out.append(line.stripTrailing()).append('\n');
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        return out.substring(0, end);
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }
}
