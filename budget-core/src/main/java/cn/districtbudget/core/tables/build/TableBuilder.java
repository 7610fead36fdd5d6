package cn.districtbudget.core.tables.build;

import cn.districtbudget.core.finding.Severity;
import cn.districtbudget.core.money.Money;
import cn.districtbudget.core.money.MoneyUnit;
import cn.districtbudget.core.tables.Evidence;
import cn.districtbudget.core.tables.Measure;
import cn.districtbudget.core.tables.RowLevel;
import cn.districtbudget.core.tables.StandardTable;
import cn.districtbudget.core.tables.TableCell;
import cn.districtbudget.core.tables.TableColumn;
import cn.districtbudget.core.tables.TableFinding;
import cn.districtbudget.core.tables.TableKind;
import cn.districtbudget.core.tables.TableRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a {@link RawTable} into a {@link StandardTable}: the kind from the title, the unit from the table's own
 * 单位 line, a measure per column from its header, a level per row from its code or name, exact figures per cell.
 * Cells it cannot read as a figure keep their raw text, get no figure and a finding (never a guess).
 */
public final class TableBuilder {

    private static final Pattern UNIT = Pattern.compile("单位\\s*[:：]\\s*(万元|元|亿元)");
    private static final Pattern EMPTY_STATEMENT = Pattern.compile("空表|(本表|此表)为?空|无数据|无[^。，,；;]{0,40}(安排|收支|收入|支出|经费)|未安排|没有[^。]{0,30}(安排|收支|支出)");
    private static final Pattern TOTAL_NAME = Pattern.compile("^(本年)?(收入|支出)?(合计|总计|小计)$|^(收入|支出)(合计|总计)$|^(本年收入|本年支出|当年收入|当年支出)(合计|小计)$");

    private TableBuilder() {
    }

    /** The unit a unit line states (单位：元 / 单位:万元), or null. */
    public static MoneyUnit unitOf(String line) {
        if (line == null) {
            return null;
        }
        Matcher m = UNIT.matcher(line.replace(" ", ""));
        return m.find() ? MoneyUnit.fromLabel(m.group(1)) : null;
    }

    /** True when a note is an empty-table statement (本表为空表, 无…安排). */
    public static boolean isEmptyStatement(String note) {
        return note != null && EMPTY_STATEMENT.matcher(note.replace(" ", "")).find();
    }

    public static StandardTable build(RawTable raw, String file, List<TableFinding> findings) {
        TableKind kind = TableKind.recognise(raw.title);
        if (kind == null) {
            return null;
        }
        MoneyUnit unit = unitOf(raw.unitText);
        Evidence where = raw.titleEvidence;
        String title = raw.title.trim();
        if (unit == null && kind != TableKind.PERFORMANCE && !raw.rows.isEmpty()) {
            findings.add(new TableFinding("TBL-UNIT-MISSING", Severity.WARNING,
                    "表" + "《" + title + "》未注明金额单位，其数字未换算为金额", where));
        }
        List<TableColumn> columns = new ArrayList<>();
        for (int i = 0; i < raw.columns.size(); i++) {
            RawTable.Column c = raw.columns.get(i);
            columns.add(new TableColumn(i, c.label(), c.group(), Measure.recognise(c.label(), c.group()), c.side()));
        }
        if (kind == TableKind.THREE_PUBLIC || kind == TableKind.THREE_PUBLIC_FINAL) {
            columns = ThreePublicColumns.refine(columns);
        }
        for (String problem : raw.problems) {
            findings.add(new TableFinding("TBL-CELL-CONFLICT", Severity.WARNING, "表《" + title + "》" + problem, where));
        }
        List<TableRow> rows = new ArrayList<>();
        for (RawTable.Row r : raw.rows) {
            List<TableCell> cells = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                String text = i < r.values().length ? r.values()[i] : null;
                Evidence ev = r.cells() != null && i < r.cells().length && r.cells()[i] != null ? r.cells()[i]
                        : r.evidence().at(r.evidence().row(), i + 1);
                cells.add(cell(text, unit, ev, title, r, columns.get(i), findings));
            }
            String code = r.code();
            String name = r.name() == null ? null : r.name().trim();
            RowLevel level = RowLevel.ofCode(code);
            if (level == null) {
                level = isTotalName(name) ? RowLevel.TOTAL : RowLevel.LINE;
            }
            rows.add(new TableRow(rows.size(), r.side(), code, name, level, cells, r.evidence()));
        }
        String statement = null;
        for (String note : raw.notes) {
            if (isEmptyStatement(note)) {
                statement = note.trim();
            }
        }
        return new StandardTable(kind, title, unit, columns, rows, statement, where);
    }

    /** 合计, 总计, 收入总计, 本年支出合计 …, with letter-spacing removed. */
    public static boolean isTotalName(String name) {
        if (name == null) {
            return false;
        }
        String n = TableKind.normalise(name);
        return TOTAL_NAME.matcher(n).matches();
    }

    private static TableCell cell(String text, MoneyUnit unit, Evidence ev, String title, RawTable.Row row,
                                  TableColumn column, List<TableFinding> findings) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String raw = text.trim();
        if (Numbers.isDash(raw)) {
            return new TableCell(raw, null, null, ev);
        }
        BigDecimal number = Numbers.parse(raw);
        if (number == null) {
            if (Numbers.looksNumeric(raw)) {
                findings.add(new TableFinding("TBL-CELL-MALFORMED", Severity.WARNING,
                        "表《" + title + "》" + rowLabel(row) + "“" + column.label() + "”栏的“" + raw
                                + "”不是规范的数字，未读取", ev));
            }
            return new TableCell(raw, null, null, ev);
        }
        Money money = null;
        if (unit != null) {
            try {
                money = Money.of(number, unit);
            } catch (ArithmeticException e) {
                findings.add(new TableFinding("TBL-CELL-MALFORMED", Severity.WARNING,
                        "表《" + title + "》" + rowLabel(row) + "“" + column.label() + "”栏的“" + raw
                                + "”小数位超过分，未换算为金额", ev));
            }
        }
        return new TableCell(raw, number, money, ev);
    }

    private static String rowLabel(RawTable.Row row) {
        String code = row.code() == null ? "" : row.code() + " ";
        String name = row.name() == null ? "" : row.name();
        return (code + name).isBlank() ? "" : "“" + (code + name).trim() + "”行";
    }
}
