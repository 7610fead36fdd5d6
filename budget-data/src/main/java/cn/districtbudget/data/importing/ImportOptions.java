package cn.districtbudget.data.importing;

import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.core.reading.ReadingHints;

/**
 * What the user adds to a plain import: the answer to a {@link ImportStatus#CONFLICT} and what is known of the text
 * before it is read (department, year, kind: {@code import --department --year --kind} or the import page's fields
 * after a {@link ImportStatus#NEEDS_IDENTITY}). The hints' file name is ignored: the reader puts each file's own.
 */
public record ImportOptions(ConflictChoice conflict, ReadingHints hints) {

    /** A plain import: conflicts refused, department, year and kind from the text. */
    public static final ImportOptions PLAIN = new ImportOptions(ConflictChoice.REFUSE, ReadingHints.NONE);

    public ImportOptions {
        conflict = conflict == null ? ConflictChoice.REFUSE : conflict;
        hints = hints == null ? ReadingHints.NONE : hints;
    }

    public static ImportOptions hints(String department, Integer year, DisclosureKind kind) {
        return new ImportOptions(ConflictChoice.REFUSE, new ReadingHints(department, year, kind, null));
    }

    public ImportOptions with(ConflictChoice choice) {
        return new ImportOptions(choice, hints);
    }
}
