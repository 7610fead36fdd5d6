package cn.districtbudget.data.importing;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads, checks and stores disclosures. Each document is one transaction: a document that fails leaves nothing
 * behind and is reported as FAILED with a typed reason ({@link ImportOutcome#failure()}); a batch continues past it.
 * The same text again is UNCHANGED; a changed text for the same department, year and kind becomes a NEW_REVISION (the
 * newest is current). {@code user} is who imported (stored with the disclosure).
 */
public interface DisclosureImporter {

    /**
     * The documents of one disclosure (one file, or a set: a narrative and its tables, from any source: files, an
     * upload's bytes, texts), read together as one disclosure, each file kept as the source of its figures; read with
     * what the user added: the answer to a {@link ImportStatus#CONFLICT} of an earlier attempt and the department,
     * year and kind when the documents do not state them ({@link ImportStatus#NEEDS_IDENTITY}). A file that cannot be
     * read fails the whole set, naming the file; nothing is stored.
     */
    ImportOutcome importSet(List<DocumentSource> sources, String user, ImportOptions options);

    /** One document from any source, as {@link #importSet} of that one. */
    default ImportOutcome importDocument(DocumentSource source, String user, ImportOptions options) {
        return importSet(List.of(source), user, options);
    }

    /**
     * Many documents in one batch, each read with {@code options}' hints: read in parallel, stored one transaction per
     * document, the documents of one department in list order; continues past failures. Outcomes in list order.
     */
    BatchOutcome importAll(List<DocumentSource> sources, String user, ImportOptions options, ProgressListener progress);

    /** Every .txt, .docx, .pdf, .xlsx and .xls file directly in {@code directory}, by file name, as one batch. */
    BatchOutcome importDirectory(Path directory, String user, ImportOptions options, ProgressListener progress);

    /** As {@link #importDocument} with no options. */
    default ImportOutcome importDocument(DocumentSource source, String user) {
        return importDocument(source, user, ImportOptions.PLAIN);
    }

    /** A text already in memory, as if read from a file named {@code fileName}. */
    default ImportOutcome importText(String fileName, String text, String user) {
        return importDocument(DocumentSource.text(fileName, text), user, ImportOptions.PLAIN);
    }

    /** As {@link #importText(String, String, String)}, with what the user added. */
    default ImportOutcome importText(String fileName, String text, String user, ImportOptions options) {
        return importDocument(DocumentSource.text(fileName, text), user, options);
    }

    /** As {@link #importText(String, String, String, ImportOptions)} with only the answer to a conflict. */
    default ImportOutcome importText(String fileName, String text, String user, ConflictChoice choice) {
        return importText(fileName, text, user, ImportOptions.PLAIN.with(choice));
    }

    /** Many texts in one batch, as {@link #importAll}. */
    default BatchOutcome importTexts(List<NamedText> texts, String user, ProgressListener progress) {
        return importAll(texts.stream().map(t -> DocumentSource.text(t.fileName(), t.text())).toList(), user,
                ImportOptions.PLAIN, progress);
    }
}
