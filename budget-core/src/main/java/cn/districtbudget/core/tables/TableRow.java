package cn.districtbudget.core.tables;

import java.util.List;

/**
 * A row of a standard table: the side it belongs to (see {@link TableColumn#side()}), its classification code
 * (功能分类 201 / 20101 / 2010101 or 经济分类 301 / 30101, null when the row has none), its name as printed, its
 * level and one cell per table column (null for a column of another side).
 */
public record TableRow(int index, int side, String code, String name, RowLevel level, List<TableCell> cells,
                       Evidence evidence) {

    public TableRow {
        cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
    }

    /** The cell of a column index, or null. */
    public TableCell cell(int column) {
        return column < cells.size() ? cells.get(column) : null;
    }

    /** The label used in messages: code and name, e.g. {@code 201 一般公共服务支出}. */
    public String label() {
        String n = name == null ? "" : name;
        return code == null ? (n.isEmpty() ? "第" + (index + 1) + "行" : n) : code + " " + n;
    }

    public boolean hasFigures() {
        return cells.stream().anyMatch(c -> c != null && !c.isBlank());
    }
}
