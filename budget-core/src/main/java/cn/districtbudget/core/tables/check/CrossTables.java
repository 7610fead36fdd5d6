package cn.districtbudget.core.tables.check;

import cn.districtbudget.core.money.Money;
import cn.districtbudget.core.tables.Measure;
import cn.districtbudget.core.tables.RowLevel;
import cn.districtbudget.core.tables.StandardTable;
import cn.districtbudget.core.tables.TableColumn;
import cn.districtbudget.core.tables.TableKind;
import cn.districtbudget.core.tables.TableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The identities between tables that the inspections use: 收支总表 ↔ 收入总表 ↔ 支出总表 ↔ 财政拨款收支总表 ↔
 * 一般公共预算支出表 ↔ 基本支出表. A total may be the year's own (本年收入合计) or include carry-overs (收入总计):
 * either agreeing is agreement.
 */
final class CrossTables {

    private CrossTables() {
    }

    /** A total with where it stands, for messages. */
    private record Figure(Money money, String label, StandardTable table) {
        String describe() {
            return table.describe() + "“" + label + "”" + TableChecker.amountIn(money, table.unit());
        }
    }

    static void check(List<StandardTable> tables, TableChecker.Tally income, TableChecker.Tally expenditure,
                      TableChecker.Tally fiscal, TableChecker.Tally generalPublic, TableChecker.Tally basic) {
        StandardTable summary = find(tables, TableKind.SUMMARY, TableKind.SUMMARY_FINAL);
        StandardTable incomeTable = find(tables, TableKind.INCOME, TableKind.INCOME_FINAL);
        StandardTable expenditureTable = find(tables, TableKind.EXPENDITURE, TableKind.EXPENDITURE_FINAL);
        StandardTable fiscalTable = find(tables, TableKind.FISCAL_SUMMARY, TableKind.FISCAL_SUMMARY_FINAL);
        StandardTable gpTable = find(tables, TableKind.GENERAL_PUBLIC_EXPENDITURE, TableKind.GENERAL_PUBLIC_EXPENDITURE_FINAL);
        StandardTable basicTable = find(tables, TableKind.BASIC_EXPENDITURE, TableKind.BASIC_EXPENDITURE_FINAL);

        if (summary != null && incomeTable != null) {
            agree(income, sideTotals(summary, 0), tableTotal(incomeTable, Measure.TOTAL), summary, incomeTable);
        }
        if (summary != null && expenditureTable != null) {
            agree(expenditure, sideTotals(summary, summary.sideCount() - 1), tableTotal(expenditureTable, Measure.TOTAL),
                    summary, expenditureTable);
        }
        if (summary != null && fiscalTable != null) {
            agree(fiscal, named(summary, 0, "财政拨款"), sideTotals(fiscalTable, 0), summary, fiscalTable);
        }
        if (fiscalTable != null && gpTable != null) {
            List<Figure> gp = named(fiscalTable, 0, "一般公共预算");
            agree(generalPublic, gp, tableTotal(gpTable, Measure.TOTAL), fiscalTable, gpTable);
        }
        if (gpTable != null && basicTable != null) {
            List<Figure> basicTotal = tableTotal(basicTable, Measure.TOTAL);
            if (basicTotal.isEmpty()) {
                basicTotal = personnelPlusPublic(basicTable);
            }
            agree(basic, tableTotal(gpTable, Measure.BASIC), basicTotal, gpTable, basicTable);
        }
    }

    private static void agree(TableChecker.Tally tally, List<Figure> left, List<Figure> right, StandardTable a,
                              StandardTable b) {
        if (!a.hasFigures() && !b.hasFigures()) {
            return;
        }
        if (left.isEmpty() || right.isEmpty()) {
            tally.missing("无法在" + a.describe() + "或" + b.describe() + "中找到要比较的合计");
            return;
        }
        Money tolerance = TableChecker.tolerance(a, b);
        if (a.unit() == b.unit() && a.unit() != cn.districtbudget.core.money.MoneyUnit.YUAN && right.size() == 1
                && right.get(0).label().contains("+")) {
            tolerance = cn.districtbudget.core.money.Money.of(new java.math.BigDecimal("0.01"), a.unit()); // two rounded parts
        }
        for (Figure l : left) {
            for (Figure r : right) {
                if (l.money().closeTo(r.money(), tolerance)) {
                    tally.compare(l.money(), r.money(), tolerance, "", l.table().evidence());
                    return;
                }
            }
        }
        Figure l = left.get(left.size() - 1);
        Figure r = right.get(right.size() - 1);
        tally.compare(l.money(), r.money(), tolerance, l.describe() + "≠" + r.describe(), r.table().evidence());
    }

    private static StandardTable find(List<StandardTable> tables, TableKind budget, TableKind fin) {
        return tables.stream().filter(t -> t.kind() == budget || t.kind() == fin).findFirst().orElse(null);
    }

    /** A side's year total (本年/当年…合计) and grand total (总计), as stated. */
    private static List<Figure> sideTotals(StandardTable table, int side) {
        List<Figure> out = new ArrayList<>();
        for (TableRow row : table.rows(side)) {
            if (row.level() == RowLevel.TOTAL) {
                Money m = TableChecker.firstFigure(row);
                if (m != null) {
                    out.add(new Figure(m, row.name(), table));
                }
            }
        }
        return out;
    }

    /** The first row of a side whose name contains the word (一、财政拨款收入), with its figure. */
    private static List<Figure> named(StandardTable table, int side, String word) {
        for (TableRow row : table.rows(side)) {
            if (row.name() != null && TableKind.normalise(row.name()).contains(word) && row.level() != RowLevel.TOTAL) {
                Money m = TableChecker.firstFigure(row);
                return m == null ? List.of() : List.of(new Figure(m, row.name(), table));
            }
        }
        return List.of();
    }

    /** The table's total: its 合计 row in the column of the measure (or its only column), or its single row. */
    private static List<Figure> tableTotal(StandardTable table, Measure measure) {
        Optional<TableColumn> column = table.column(measure);
        if (column.isEmpty() && measure == Measure.TOTAL) {
            column = table.column(Measure.AMOUNT);
        }
        if (column.isEmpty()) {
            return List.of();
        }
        List<TableRow> totals = table.rows().stream().filter(r -> r.level() == RowLevel.TOTAL).toList();
        List<TableRow> filled = table.rows().stream().filter(TableRow::hasFigures).toList();
        TableRow row = !totals.isEmpty() ? totals.get(0) : filled.size() == 1 ? filled.get(0) : null;
        if (row == null) {
            return List.of();
        }
        Money m = TableChecker.money(row.cell(column.get().index()));
        return m == null ? List.of() : List.of(new Figure(m, (row.name() == null || row.name().isEmpty() ? "" : row.name())
                + "/" + column.get().label(), table));
    }

    /** 人员经费合计 + 公用经费合计 (the 决算 layout with two halves). */
    private static List<Figure> personnelPlusPublic(StandardTable table) {
        Money personnel = null;
        Money publicUse = null;
        for (TableRow row : table.rows()) {
            String n = row.name() == null ? "" : TableKind.normalise(row.name());
            if (n.startsWith("人员经费")) {
                personnel = TableChecker.firstFigure(row);
            } else if (n.startsWith("公用经费")) {
                publicUse = TableChecker.firstFigure(row);
            }
        }
        if (personnel == null || publicUse == null) {
            return List.of();
        }
        return List.of(new Figure(personnel.plus(publicUse), "人员经费合计+公用经费合计", table));
    }
}
