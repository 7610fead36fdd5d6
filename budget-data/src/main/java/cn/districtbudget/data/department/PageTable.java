package cn.districtbudget.data.department;

import cn.districtbudget.core.tables.StandardTable;
import cn.districtbudget.core.tables.TableFinding;
import java.util.List;

/**
 * A standard table of the shown disclosure as it was read and stored, for a grid: the core model
 * ({@link StandardTable}: kind, title, unit, columns as measures, rows with code, name and level, each cell with its raw
 * text, exact number in the table's unit, money in 元 and evidence) and the table findings that concern it.
 *
 * @param position   0-based, in file order and then document order
 * @param sourceFile the file the table was read from
 * @param findings   the findings of this table, each with the row and column it marks
 */
public record PageTable(int position, String sourceFile, StandardTable table, List<LinkedFinding> findings) {

    public PageTable {
        findings = List.copyOf(findings);
    }

    /**
     * A table finding with the place it marks: {@code row} the index of the table row ({@code TableRow.index()}),
     * {@code column} the index of the column ({@code TableColumn.index()}); null when the finding concerns the whole
     * row (column null) or the whole table (both null).
     */
    public record LinkedFinding(TableFinding finding, Integer row, Integer column) {
    }
}
