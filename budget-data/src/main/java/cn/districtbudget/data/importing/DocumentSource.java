package cn.districtbudget.data.importing;

import java.nio.file.Path;

/**
 * Where a document to import comes from: a file on disk (the command line, a directory), the bytes of an upload (the
 * import page), or a text already in memory (the demo data, tests). The importer takes any of them through one
 * method; {@link ReadingPipeline#readText(DocumentSource)} turns it into the text read.
 */
public sealed interface DocumentSource permits DocumentSource.FileSource, DocumentSource.BytesSource,
        DocumentSource.TextSource {

    /** The file's own name (no directory): what the outcome, the stored disclosure and the evidence name. */
    String fileName();

    /** True for the files the importer reads (and a directory import takes): .txt, .docx, .pdf, .xlsx and .xls. */
    static boolean importable(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT).strip();
        return lower.endsWith(".txt") || lower.endsWith(".docx") || lower.endsWith(".pdf") || lower.endsWith(".xlsx")
                || lower.endsWith(".xls");
    }

    static DocumentSource file(Path path) {
        return new FileSource(path);
    }

    static DocumentSource bytes(String fileName, byte[] content) {
        return new BytesSource(fileName, content);
    }

    static DocumentSource text(String fileName, String text) {
        return new TextSource(fileName, text);
    }

    /** A file on disk. */
    record FileSource(Path path) implements DocumentSource {
        @Override
        public String fileName() {
            return String.valueOf(path.getFileName());
        }
    }

    /** The bytes of an uploaded file named {@code fileName}. */
    record BytesSource(String fileName, byte[] content) implements DocumentSource {
    }

    /** A text already read, as if from a file named {@code fileName}. */
    record TextSource(String fileName, String text) implements DocumentSource {
    }
}
