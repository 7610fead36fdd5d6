package cn.districtbudget.core.tables;

/**
 * Where a figure or a table was read: the file, the page (PDF, 1-based) or sheet name (spreadsheet) or table number
 * (Word), and the 1-based row and column of the table as printed (null when not tied to one).
 */
public record Evidence(String file, String place, Integer row, Integer column) {

    public Evidence at(Integer newRow, Integer newColumn) {
        return new Evidence(file, place, newRow, newColumn);
    }

    /** e.g. {@code tables.pdf 第3页 第5行 第2列}. */
    public String describe() {
        StringBuilder out = new StringBuilder(file == null ? "" : file);
        if (place != null) {
            out.append(' ').append(place);
        }
        if (row != null) {
            out.append(" 第").append(row).append("行");
        }
        if (column != null) {
            out.append(" 第").append(column).append("列");
        }
        return out.toString().trim();
    }
}
