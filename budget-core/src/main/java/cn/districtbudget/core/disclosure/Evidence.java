package cn.districtbudget.core.disclosure;

import org.jspecify.annotations.Nullable;

/**
 * Where a figure was read: the file (null when the caller gave none), the 1-based line of the text and the
 * exact words (after the reader's normalisation: simplified characters, half-width digits) it was read from.
 */
public record Evidence(@Nullable String file, int line, String words) {
}
