package cn.districtbudget.core.tables.check;

import cn.districtbudget.core.money.Money;
import cn.districtbudget.core.money.MoneyUnit;
import cn.districtbudget.core.tables.Evidence;
import cn.districtbudget.core.tables.Measure;
import cn.districtbudget.core.tables.RowLevel;
import cn.districtbudget.core.tables.StandardTable;
import cn.districtbudget.core.tables.TableCell;
import cn.districtbudget.core.tables.TableColumn;
import cn.districtbudget.core.tables.TableKind;
import cn.districtbudget.core.tables.TableRow;
import cn.districtbudget.core.tables.build.TableBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Tables written out by hand for the rules' broken examples: columns by measure, rows as code/name + raw texts. */
final class Built {

    private final TableKind kind;
    private final MoneyUnit unit;
    private final List<TableColumn> columns = new ArrayList<>();
    private final List<TableRow> rows = new ArrayList<>();
    private String statement;

    private Built(TableKind kind, MoneyUnit unit) {
        this.kind = kind;
        this.unit = unit;
    }

    static Built table(TableKind kind, MoneyUnit unit) {
        return new Built(kind, unit);
    }

    Built column(int side, String label, Measure measure) {
        columns.add(new TableColumn(columns.size(), label, null, measure, side));
        return this;
    }

    /** A row: side, code (or null), name, then one raw text per column (null = blank). */
    Built row(int side, String code, String name, String... values) {
        List<TableCell> cells = new ArrayList<>();
        Evidence ev = new Evidence("t.pdf", "第1页", rows.size() + 1, null);
        for (int i = 0; i < columns.size(); i++) {
            String v = i < values.length ? values[i] : null;
            if (v == null) {
                cells.add(null);
            } else {
                BigDecimal n = new BigDecimal(v.replace(",", ""));
                cells.add(new TableCell(v, n, Money.of(n, unit), ev.at(rows.size() + 1, i + 1)));
            }
        }
        RowLevel level = RowLevel.ofCode(code);
        if (level == null) {
            level = TableBuilder.isTotalName(name) ? RowLevel.TOTAL : RowLevel.LINE;
        }
        rows.add(new TableRow(rows.size(), side, code, name, level, cells, ev));
        return this;
    }

    Built statement(String text) {
        statement = text;
        return this;
    }

    StandardTable build() {
        return new StandardTable(kind, kind.standardName(), unit, columns, rows, statement,
                new Evidence("t.pdf", "第1页", null, null));
    }
}
