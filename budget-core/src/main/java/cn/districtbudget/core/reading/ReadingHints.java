package cn.districtbudget.core.reading;

import cn.districtbudget.core.disclosure.DisclosureKind;

/**
 * What a caller knows about a text before it is read: the department, fiscal year and kind (e.g. from
 * {@code --department}, {@code --year}, {@code --kind} or the import page) and the file name (kept in each figure's
 * evidence). A non-null hint overrides what the text says; null means "take it from the text".
 */
public record ReadingHints(String department, Integer year, DisclosureKind kind, String fileName) {

    public static final ReadingHints NONE = new ReadingHints(null, null, null, null);

    public static ReadingHints file(String fileName) {
        return new ReadingHints(null, null, null, fileName);
    }

    public ReadingHints {
        department = department == null || department.isBlank() ? null : department.strip();
        fileName = fileName == null || fileName.isBlank() ? null : fileName;
    }
}
