package cn.districtbudget.core.disclosure;

import org.jspecify.annotations.Nullable;

/**
 * Where a figure was read: the file (null when the caller gave none), the 1-based line of the text and the
 * exact words (after the reader's normalisation: simplified characters, half-width digits) it was read from.
 * A figure read from a standard table has line 0 and its {@code place}: the table, page or sheet, row and column
 * (e.g. {@code 《收支预算总表》 第3页 第8行 第1列}); a figure of the running text has no place (null).
 */
public record Evidence(@Nullable String file, int line, String words, @Nullable String place) {

    /** Evidence of a figure of the running text. */
    public Evidence(@Nullable String file, int line, String words) {
        this(file, line, words, null);
    }

    /** True when the figure was read from a table rather than the running text. */
    public boolean fromTable() {
        return place != null;
    }
}
