package cn.districtbudget.ui.department.tables;

import cn.districtbudget.core.tables.Evidence;
import cn.districtbudget.core.tables.StandardTable;
import cn.districtbudget.core.tables.TableCell;
import cn.districtbudget.core.tables.TableColumn;
import cn.districtbudget.core.tables.TableFinding;
import cn.districtbudget.core.tables.TableRow;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Which findings concern a table, and which cell of it a finding points at (pure, no Vaadin). */
public final class TableFindings {

    private TableFindings() {
    }

    /**
     * The findings about {@code table} among those of its file: those whose message names it (表《title》, as every
     * reading and checking message does), or, when a message names no table of the file, whose evidence is a row or
     * cell of it.
     */
    public static List<TableFinding> of(StandardTable table, List<StandardTable> tablesOfTheFile, List<TableFinding> findings) {
        return findings.stream().filter(f -> names(f, table)
                || (tablesOfTheFile.stream().noneMatch(t -> names(f, t)) && place(table, f).isPresent())).toList();
    }

    /** The findings of the file that concern none of its tables (the file as a whole: a scan, a blank template …). */
    public static List<TableFinding> ofNoTable(List<StandardTable> tables, List<TableFinding> findings) {
        return findings.stream().filter(f -> tables.stream().noneMatch(t -> of(t, tables, List.of(f)).contains(f))).toList();
    }

    /** The row and column of {@code table} the finding's evidence points at, or empty (no row, or not in this table). */
    public static Optional<CellPlace> place(StandardTable table, TableFinding finding) {
        Evidence where = finding.evidence();
        if (where == null || where.row() == null) {
            return Optional.empty();
        }
        for (TableRow row : table.rows()) {
            if (!sameRow(row.evidence(), where)) {
                continue;
            }
            if (where.column() == null) {
                return Optional.of(new CellPlace(row, null));
            }
            for (TableColumn column : table.columns(row.side())) {
                TableCell cell = row.cell(column.index());
                if (cell != null && cell.evidence() != null && Objects.equals(cell.evidence().column(), where.column())
                        && sameRow(cell.evidence(), where)) {
                    return Optional.of(new CellPlace(row, column));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean names(TableFinding finding, StandardTable table) {
        return finding.message().contains(table.describe());
    }

    private static boolean sameRow(Evidence a, Evidence b) {
        return a != null && Objects.equals(a.row(), b.row()) && agree(a.place(), b.place()) && agree(a.file(), b.file());
    }

    private static boolean agree(String a, String b) {
        return a == null || b == null || a.equals(b);
    }
}
