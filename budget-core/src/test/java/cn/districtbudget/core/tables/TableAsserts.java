package cn.districtbudget.core.tables;

import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.core.finding.Severity;
import java.math.BigDecimal;

/** Small helpers for golden assertions: a row by code or name, a cell by measure. */
final class TableAsserts {

    private TableAsserts() {
    }

    static StandardTable table(TableReadResult result, TableKind kind) {
        return result.table(kind).orElseThrow(() -> new AssertionError("no table " + kind + " in " + result.file()));
    }

    static TableRow rowByCode(StandardTable table, String code) {
        return table.row(code).orElseThrow(() -> new AssertionError("no row " + code + " in " + table.title()));
    }

    static TableRow rowByName(StandardTable table, int side, String name) {
        return table.rows(side).stream().filter(r -> name.equals(r.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + name + " on side " + side + " of " + table.title()));
    }

    static BigDecimal figure(StandardTable table, TableRow row, Measure measure) {
        TableColumn column = table.column(row.side(), measure)
                .orElseThrow(() -> new AssertionError("no column " + measure + " in " + table.title()));
        TableCell cell = row.cell(column.index());
        return cell == null ? null : cell.number();
    }

    /** The first figure of a one-figure row (收支总表 sides). */
    static BigDecimal only(TableRow row) {
        return row.cells().stream().filter(c -> c != null && !c.isBlank()).map(TableCell::number).findFirst().orElse(null);
    }

    static void assertNoErrors(TableReadResult result) {
        assertThat(result.findings()).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
    }

    static BigDecimal n(String text) {
        return new BigDecimal(text);
    }
}
