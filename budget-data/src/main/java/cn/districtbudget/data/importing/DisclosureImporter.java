package cn.districtbudget.data.importing;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads, checks and stores disclosures. Each file is one transaction: a file that fails leaves nothing behind
 * and is reported as FAILED with a Chinese reason; a batch continues past it. The same text again is UNCHANGED;
 * a changed text for the same department, year and kind becomes a NEW_REVISION (the newest is current).
 * {@code user} is who imported (stored with the disclosure).
 */
public interface DisclosureImporter {

    ImportOutcome importText(String fileName, String text, String user);

    /** A .txt or .docx file. */
    ImportOutcome importFile(Path file, String user);

    /** Uploaded bytes of a .txt or .docx file named {@code fileName}. */
    ImportOutcome importBytes(String fileName, byte[] content, String user);

    /**
     * As {@link #importBytes(String, byte[], String)}, with what the user added: the answer to a
     * {@link ImportStatus#CONFLICT} of an earlier attempt and the department, year and kind when the text does not
     * state them ({@link ImportStatus#NEEDS_IDENTITY}).
     */
    ImportOutcome importBytes(String fileName, byte[] content, String user, ImportOptions options);

    /** As {@link #importText(String, String, String)}, with what the user added. */
    ImportOutcome importText(String fileName, String text, String user, ImportOptions options);

    /** As {@link #importBytes(String, byte[], String, ImportOptions)} with only the answer to a conflict. */
    default ImportOutcome importBytes(String fileName, byte[] content, String user, ConflictChoice choice) {
        return importBytes(fileName, content, user, ImportOptions.PLAIN.with(choice));
    }

    /** As {@link #importText(String, String, String, ImportOptions)} with only the answer to a conflict. */
    default ImportOutcome importText(String fileName, String text, String user, ConflictChoice choice) {
        return importText(fileName, text, user, ImportOptions.PLAIN.with(choice));
    }

    /** Many texts in one batch: read in parallel, stored one transaction per text in list order. */
    BatchOutcome importTexts(List<NamedText> texts, String user, ProgressListener progress);

    /** Many files: read in parallel, stored one transaction per file in list order; continues past failures. */
    BatchOutcome importAll(List<Path> files, String user, ProgressListener progress);

    /** As {@link #importAll(List, String, ProgressListener)}, each file read with {@code options}' hints. */
    BatchOutcome importAll(List<Path> files, String user, ImportOptions options, ProgressListener progress);

    /** Every .txt and .docx file directly in {@code directory}, by file name. */
    BatchOutcome importDirectory(Path directory, String user, ProgressListener progress);

    /** As {@link #importDirectory(Path, String, ProgressListener)}, each file read with {@code options}' hints. */
    BatchOutcome importDirectory(Path directory, String user, ImportOptions options, ProgressListener progress);
}
