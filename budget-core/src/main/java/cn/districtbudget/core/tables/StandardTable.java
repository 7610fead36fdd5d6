package cn.districtbudget.core.tables;

import cn.districtbudget.core.money.MoneyUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One standard table as read: its kind, its title as printed, its own unit (单位：元 / 万元; null when the table
 * states none, and then no cell has a {@link cn.districtbudget.core.money.Money}), its columns, rows, the
 * empty-table statement printed with it (注：…本表为空表 / 无…安排, else null) and where its title was read.
 */
public record StandardTable(TableKind kind, String title, MoneyUnit unit, List<TableColumn> columns,
                            List<TableRow> rows, String emptyStatement, Evidence evidence) {

    public StandardTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** True when at least one cell states a figure (a stated 0 counts). */
    public boolean hasFigures() {
        return rows.stream().anyMatch(TableRow::hasFigures);
    }

    /** The number of cells that state a figure. */
    public int figureCount() {
        int n = 0;
        for (TableRow row : rows) {
            for (TableCell cell : row.cells()) {
                if (cell != null && !cell.isBlank()) {
                    n++;
                }
            }
        }
        return n;
    }

    public List<TableColumn> columns(int side) {
        return columns.stream().filter(c -> c.side() == side).toList();
    }

    public List<TableRow> rows(int side) {
        return rows.stream().filter(r -> r.side() == side).toList();
    }

    public int sideCount() {
        return columns.stream().mapToInt(TableColumn::side).max().orElse(0) + 1;
    }

    /** The first column of a side with the measure. */
    public Optional<TableColumn> column(int side, Measure measure) {
        return columns.stream().filter(c -> c.side() == side && c.measure() == measure).findFirst();
    }

    /** The first column (any side) with the measure. */
    public Optional<TableColumn> column(Measure measure) {
        return columns.stream().filter(c -> c.measure() == measure).findFirst();
    }

    /** The rows of a side with a classification code. */
    public List<TableRow> codedRows(int side) {
        List<TableRow> out = new ArrayList<>();
        for (TableRow row : rows) {
            if (row.side() == side && row.code() != null) {
                out.add(row);
            }
        }
        return out;
    }

    /** The row with this code, or empty. */
    public Optional<TableRow> row(String code) {
        return rows.stream().filter(r -> code.equals(r.code())).findFirst();
    }

    /** The last total row (合计/总计) of a side whose name contains {@code word} (or any total row when null). */
    public Optional<TableRow> totalRow(int side, String word) {
        TableRow found = null;
        for (TableRow row : rows) {
            if (row.side() == side && row.level() == RowLevel.TOTAL
                    && (word == null || (row.name() != null && TableKind.normalise(row.name()).contains(word)))) {
                found = row;
            }
        }
        return Optional.ofNullable(found);
    }

    /** e.g. {@code 一般公共预算支出表《2023年部门一般公共预算支出功能分类预算表》}. */
    public String describe() {
        return "《" + title + "》";
    }
}
