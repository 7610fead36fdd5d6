package cn.districtbudget.core.tables.check;

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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs every {@link TableRule} over the tables of one disclosure. Figures are compared exactly in 元; when the two
 * figures come from tables of different units (元 and 万元), up to half a unit of the coarser one (50元) is agreement.
 * A blank part next to stated parts counts as nothing stated there (0); a total or parent that is blank is not
 * checked.
 */
public final class TableChecker {

    /** The outcome of every rule, and all their findings in rule order. */
    public record Report(List<TableOutcome> outcomes) {
        public List<TableFinding> findings() {
            List<TableFinding> out = new ArrayList<>();
            outcomes.forEach(o -> out.addAll(o.findings()));
            return out;
        }

        public TableOutcome outcome(TableRule rule) {
            return outcomes.stream().filter(o -> o.rule() == rule).findFirst().orElseThrow();
        }
    }

    private static final Set<Measure> PARTS = EnumSet.of(Measure.BASIC, Measure.PROJECT, Measure.RESERVE,
            Measure.PERSONNEL, Measure.PUBLIC_USE, Measure.GENERAL_PUBLIC, Measure.GOV_FUND, Measure.SOE_CAPITAL,
            Measure.SUPERIOR_SUBSIDY, Measure.BUSINESS_INCOME, Measure.OPERATING_INCOME, Measure.AFFILIATE_INCOME,
            Measure.OTHER_INCOME, Measure.FISCAL);
    private static final Money HALF_WAN = Money.ofYuan("50");

    private TableChecker() {
    }

    /** Collects one rule's comparisons. */
    static final class Tally {
        final TableRule rule;
        int comparisons;
        final List<TableFinding> findings = new ArrayList<>();
        String missing;
        boolean applicable;

        Tally(TableRule rule) {
            this.rule = rule;
        }

        void compare(Money expected, Money actual, Money tolerance, String message, Evidence where) {
            applicable = true;
            comparisons++;
            if (!expected.closeTo(actual, tolerance)) {
                findings.add(new TableFinding(rule.id(), rule.severity(), message + "，相差" + amount(
                        expected.minus(actual).abs()), where));
            }
        }

        /**
         * A sum of figures each rounded to the printed unit (0.01万元) may differ from the rounded total by up to half
         * a unit per part: such a difference is reported as 尾差 (INFO), a larger one as the rule's severity.
         */
        void compareRounded(Money expected, Money actual, int parts, MoneyUnit unit, String message, Evidence where) {
            if (unit == MoneyUnit.YUAN || expected.closeTo(actual, Money.ZERO)) {
                compare(expected, actual, Money.ZERO, message, where);
                return;
            }
            Money half = Money.of(new java.math.BigDecimal("0.005"), unit);
            Money allowed = Money.ZERO;
            for (int i = 0; i < Math.max(1, parts); i++) {
                allowed = allowed.plus(half);
            }
            applicable = true;
            comparisons++;
            if (expected.closeTo(actual, allowed)) {
                findings.add(new TableFinding(rule.id(), cn.districtbudget.core.finding.Severity.INFO, message + "，相差"
                        + amount(expected.minus(actual).abs()) + "，在" + parts + "个数各自四舍五入的尾差之内", where));
            } else {
                findings.add(new TableFinding(rule.id(), rule.severity(), message + "，相差"
                        + amount(expected.minus(actual).abs()), where));
            }
        }

        void flag(String message, Evidence where) {
            applicable = true;
            comparisons++;
            findings.add(new TableFinding(rule.id(), rule.severity(), message, where));
        }

        void pass() {
            applicable = true;
            comparisons++;
        }

        void missing(String reason) {
            applicable = true;
            if (missing == null) {
                missing = reason;
            }
        }

        TableOutcome outcome() {
            if (findings.stream().anyMatch(f -> f.severity() != cn.districtbudget.core.finding.Severity.INFO)) {
                return new TableOutcome(rule, TableOutcome.Status.FAILED, comparisons, findings, null);
            }
            if (comparisons > 0) {
                return new TableOutcome(rule, TableOutcome.Status.PASSED, comparisons, findings, null);
            }
            if (applicable) {
                return new TableOutcome(rule, TableOutcome.Status.INSUFFICIENT_DATA, 0, List.of(), missing);
            }
            return new TableOutcome(rule, TableOutcome.Status.NOT_APPLICABLE, 0, List.of(), null);
        }
    }

    public static Report check(List<StandardTable> tables) {
        Map<TableRule, Tally> t = new EnumMap<>(TableRule.class);
        for (TableRule rule : TableRule.values()) {
            t.put(rule, new Tally(rule));
        }
        for (StandardTable table : tables) {
            empty(table, t.get(TableRule.EMPTY_NO_STATEMENT), t.get(TableRule.EMPTY_WITH_FIGURES));
            if (!table.hasFigures() || table.unit() == null) {
                continue;
            }
            if (table.kind().shape() == TableKind.TableShape.CLASSIFIED) {
                rowSums(table, t.get(TableRule.ROW_SUM));
                hierarchy(table, t.get(TableRule.HIERARCHY));
            }
            if (table.kind().shape() == TableKind.TableShape.TWO_SIDED) {
                rowSums(table, t.get(TableRule.ROW_SUM));
                balance(table, t.get(TableRule.SUMMARY_BALANCE));
            }
            if (table.kind() == TableKind.BASIC_EXPENDITURE || table.kind() == TableKind.BASIC_EXPENDITURE_FINAL
                    || table.kind() == TableKind.FISCAL_BASIC_EXPENDITURE) {
                basicEconomic(table, t.get(TableRule.BASIC_ECONOMIC));
            }
            if (table.kind() == TableKind.THREE_PUBLIC || table.kind() == TableKind.THREE_PUBLIC_FINAL) {
                threePublic(table, t.get(TableRule.THREE_PUBLIC_SUM));
            }
        }
        CrossTables.check(tables, t.get(TableRule.CROSS_INCOME), t.get(TableRule.CROSS_EXPENDITURE),
                t.get(TableRule.CROSS_FISCAL), t.get(TableRule.CROSS_GENERAL_PUBLIC), t.get(TableRule.CROSS_BASIC));
        List<TableOutcome> outcomes = new ArrayList<>();
        for (TableRule rule : TableRule.values()) {
            outcomes.add(t.get(rule).outcome());
        }
        return new Report(outcomes);
    }

    // ---- in one table ----

    private static void empty(StandardTable table, Tally noStatement, Tally withFigures) {
        if (table.kind() == TableKind.PERFORMANCE) {
            return;
        }
        boolean figures = table.hasFigures();
        if (!figures) {
            if (table.emptyStatement() == null) {
                noStatement.flag("表" + table.describe() + "没有填列任何数字，也没有注明“本表为空表”或“无…安排”", table.evidence());
            } else {
                noStatement.pass();
            }
        } else if (table.emptyStatement() != null) {
            withFigures.flag("表" + table.describe() + "填有" + table.figureCount() + "个数字，却注明“" + table.emptyStatement()
                    + "”", table.evidence());
        } else {
            withFigures.pass();
        }
    }

    private static void rowSums(StandardTable table, Tally tally) {
        for (int side = 0; side < table.sideCount(); side++) {
            Optional<TableColumn> total = table.column(side, Measure.TOTAL);
            List<TableColumn> parts = table.columns(side).stream().filter(c -> PARTS.contains(c.measure())).toList();
            if (total.isEmpty() || parts.isEmpty()) {
                continue;
            }
            // 财政拨款 next to its own funds (一般公共预算 …) is itself a part only when no fund column is there
            boolean funds = parts.stream().anyMatch(c -> c.measure() == Measure.GENERAL_PUBLIC
                    || c.measure() == Measure.GOV_FUND || c.measure() == Measure.SOE_CAPITAL);
            if (funds && parts.stream().anyMatch(c -> c.measure() == Measure.FISCAL)) {
                continue; // nested headers (财政拨款 / 一般公共预算 …): no flat sum to check
            }
            for (TableRow row : table.rows(side)) {
                Money sum = Money.ZERO;
                int stated = 0;
                StringBuilder terms = new StringBuilder();
                for (TableColumn part : parts) {
                    Money m = money(row.cell(part.index()));
                    if (m != null) {
                        sum = sum.plus(m);
                        stated++;
                    }
                    terms.append(terms.isEmpty() ? "" : "+").append(part.label()).append(text(row.cell(part.index()), table));
                }
                Money whole = money(row.cell(total.get().index()));
                if (whole == null || stated == 0) {
                    if (whole != null && !whole.isZero() || stated > 0) {
                        tally.missing("表" + table.describe() + "“" + row.label() + "”行的合计或组成栏未填");
                    }
                    continue;
                }
                tally.compareRounded(whole, sum, stated, table.unit(), "表" + table.describe() + "“" + row.label() + "”行："
                        + total.get().label() + text(row.cell(total.get().index()), table) + "≠" + terms,
                        row.cell(total.get().index()).evidence());
            }
        }
    }

    private static void hierarchy(StandardTable table, Tally tally) {
        for (int side = 0; side < table.sideCount(); side++) {
            List<TableRow> coded = table.codedRows(side);
            if (coded.isEmpty()) {
                continue;
            }
            for (TableColumn column : table.columns(side)) {
                for (TableRow parent : coded) {
                    if (parent.level() != RowLevel.CLASS && parent.level() != RowLevel.SECTION) {
                        continue;
                    }
                    int childLength = parent.code().length() + 2;
                    List<TableRow> children = coded.stream().filter(r -> r.code().length() == childLength
                            && r.code().startsWith(parent.code())).toList();
                    compareSum(table, column, parent, children, tally, parent.level() == RowLevel.CLASS ? "款" : "项");
                }
                Optional<TableRow> total = table.rows(side).stream().filter(r -> r.level() == RowLevel.TOTAL).findFirst();
                List<TableRow> classes = coded.stream().filter(r -> r.level() == RowLevel.CLASS).toList();
                if (total.isPresent() && table.kind() != TableKind.BASIC_EXPENDITURE_FINAL) {
                    compareSum(table, column, total.get(), classes, tally, "类");
                }
            }
        }
    }

    private static void compareSum(StandardTable table, TableColumn column, TableRow parent, List<TableRow> children,
                                   Tally tally, String childLevel) {
        if (children.isEmpty()) {
            return;
        }
        Money whole = money(parent.cell(column.index()));
        Money sum = Money.ZERO;
        int stated = 0;
        for (TableRow child : children) {
            Money m = money(child.cell(column.index()));
            if (m != null) {
                sum = sum.plus(m);
                stated++;
            }
        }
        if (whole == null) {
            if (stated > 0 && !sum.isZero()) {
                tally.missing("表" + table.describe() + "“" + parent.label() + "”行“" + column.label() + "”栏未填而其下各"
                        + childLevel + "有数");
            }
            return;
        }
        if (stated == 0) {
            if (!whole.isZero()) {
                tally.missing("表" + table.describe() + "“" + parent.label() + "”行之下各" + childLevel + "“" + column.label()
                        + "”栏未填");
            }
            return;
        }
        tally.compareRounded(whole, sum, stated, table.unit(), "表" + table.describe() + "“" + parent.label() + "”行“" + column.label()
                + "”栏" + text(parent.cell(column.index()), table) + "≠其下" + children.size() + "个" + childLevel
                + "之和" + amountIn(sum, table.unit()), parent.cell(column.index()).evidence());
    }

    private static void balance(StandardTable table, Tally tally) {
        int last = table.sideCount() - 1;
        Optional<TableRow> income = table.totalRow(0, null);
        Optional<TableRow> expenditure = table.totalRow(last, null);
        if (income.isEmpty() || expenditure.isEmpty() || last == 0) {
            tally.missing("表" + table.describe() + "缺少收入或支出的总计行");
            return;
        }
        Money in = firstFigure(income.get());
        Money out = firstFigure(expenditure.get());
        if (in == null || out == null) {
            tally.missing("表" + table.describe() + "的收入或支出总计未填");
        } else {
            tally.compare(in, out, Money.ZERO, "表" + table.describe() + "：“" + income.get().name() + "”" + amountIn(in, table.unit())
                    + "≠“" + expenditure.get().name() + "”" + amountIn(out, table.unit()), income.get().evidence());
        }
        for (int side : new int[] {0, last}) {
            carryOvers(table, side, tally);
        }
    }

    /** 总计 = 本年合计 + 上年结转（收入侧）/ 结转下年、年末结转和结余（支出侧）. */
    private static void carryOvers(StandardTable table, int side, Tally tally) {
        List<TableRow> rows = table.rows(side);
        TableRow current = null;
        TableRow grand = null;
        List<TableRow> carry = new ArrayList<>();
        for (TableRow row : rows) {
            String n = row.name() == null ? "" : TableKind.normalise(row.name());
            if (row.level() == RowLevel.TOTAL && (n.contains("本年") || n.contains("当年"))) {
                current = row;
                carry.clear();
            } else if (current != null && (n.contains("结转") || n.contains("结余")) && row.level() != RowLevel.TOTAL) {
                carry.add(row);
            } else if (current != null && row.level() == RowLevel.TOTAL) {
                grand = row;
            }
        }
        if (current == null || grand == null) {
            return;
        }
        Money sum = firstFigure(current);
        Money whole = firstFigure(grand);
        if (sum == null || whole == null) {
            tally.missing("表" + table.describe() + "的本年合计或总计未填");
            return;
        }
        StringBuilder terms = new StringBuilder("“" + current.name() + "”" + amountIn(sum, table.unit()));
        for (TableRow c : carry) {
            Money m = firstFigure(c);
            if (m != null) {
                sum = sum.plus(m);
            }
            terms.append("+“").append(c.name()).append("”").append(m == null ? "（空）" : amountIn(m, table.unit()));
        }
        tally.compare(whole, sum, Money.ZERO, "表" + table.describe() + "：“" + grand.name() + "”" + amountIn(whole, table.unit())
                + "≠" + terms, grand.evidence());
    }

    private static final Set<String> PERSONNEL_CLASSES = Set.of("301", "303");
    private static final Set<String> PUBLIC_CLASSES = Set.of("302", "307", "310", "399");

    private static void basicEconomic(StandardTable table, Tally tally) {
        Money personnel = Money.ZERO;
        Money publicUse = Money.ZERO;
        int stated = 0;
        for (TableRow row : table.rows()) {
            if (row.level() != RowLevel.CLASS) {
                continue;
            }
            Money m = amountOfRow(table, row);
            if (m == null) {
                continue;
            }
            stated++;
            if (PERSONNEL_CLASSES.contains(row.code())) {
                personnel = personnel.plus(m);
            } else if (PUBLIC_CLASSES.contains(row.code())) {
                publicUse = publicUse.plus(m);
            }
        }
        if (stated == 0) {
            tally.missing("表" + table.describe() + "没有经济分类类级数字");
            return;
        }
        Money statedPersonnel = null;
        Money statedPublic = null;
        Evidence wherePersonnel = table.evidence();
        Evidence wherePublic = table.evidence();
        Optional<TableColumn> pc = table.column(Measure.PERSONNEL);
        Optional<TableColumn> uc = table.column(Measure.PUBLIC_USE);
        Optional<TableRow> total = table.rows().stream().filter(r -> r.level() == RowLevel.TOTAL).findFirst();
        if (pc.isPresent() && uc.isPresent() && total.isPresent()) {
            statedPersonnel = money(total.get().cell(pc.get().index()));
            statedPublic = money(total.get().cell(uc.get().index()));
            wherePersonnel = total.get().evidence().at(total.get().evidence().row(), pc.get().index() + 1);
            wherePublic = total.get().evidence().at(total.get().evidence().row(), uc.get().index() + 1);
        }
        for (TableRow row : table.rows()) {
            String n = row.name() == null ? "" : TableKind.normalise(row.name());
            if (n.startsWith("人员经费") && statedPersonnel == null) {
                statedPersonnel = firstFigure(row);
                wherePersonnel = row.evidence();
            } else if (n.startsWith("公用经费") && statedPublic == null) {
                statedPublic = firstFigure(row);
                wherePublic = row.evidence();
            }
        }
        if (statedPersonnel == null && statedPublic == null) {
            tally.missing("表" + table.describe() + "没有人员经费、公用经费的合计");
            return;
        }
        if (statedPersonnel != null) {
            tally.compareRounded(statedPersonnel, personnel, stated, table.unit(), "表" + table.describe() + "：人员经费"
                    + amountIn(statedPersonnel, table.unit()) + "≠301工资福利支出+303对个人和家庭的补助" + amountIn(personnel, table.unit()),
                    wherePersonnel);
        }
        if (statedPublic != null) {
            tally.compareRounded(statedPublic, publicUse, stated, table.unit(), "表" + table.describe() + "：公用经费"
                    + amountIn(statedPublic, table.unit()) + "≠302商品和服务支出+307+310资本性支出+399" + amountIn(publicUse, table.unit()),
                    wherePublic);
        }
    }

    private static void threePublic(StandardTable table, Tally tally) {
        List<TableColumn> cols = table.columns();
        List<List<TableColumn>> stretches = new ArrayList<>();
        List<TableColumn> current = new ArrayList<>();
        for (TableColumn c : cols) {
            if ((c.measure() == Measure.THREE_PUBLIC_TOTAL || c.measure() == Measure.TOTAL)
                    && current.stream().anyMatch(x -> x.measure() == Measure.ABROAD)) {
                stretches.add(current);
                current = new ArrayList<>();
            }
            current.add(c);
        }
        stretches.add(current);
        for (TableRow row : table.rows()) {
            for (List<TableColumn> stretch : stretches) {
                threePublicRow(table, row, stretch, tally);
            }
        }
    }

    private static void threePublicRow(StandardTable table, TableRow row, List<TableColumn> stretch, Tally tally) {
        TableColumn total = find(stretch, Measure.THREE_PUBLIC_TOTAL);
        TableColumn grand = find(stretch, Measure.TOTAL);
        TableColumn abroad = find(stretch, Measure.ABROAD);
        TableColumn vehicle = find(stretch, Measure.VEHICLE);
        TableColumn purchase = find(stretch, Measure.VEHICLE_PURCHASE);
        TableColumn operation = find(stretch, Measure.VEHICLE_OPERATION);
        TableColumn reception = find(stretch, Measure.RECEPTION);
        Money v = vehicle == null ? null : money(row.cell(vehicle.index()));
        Money p = purchase == null ? null : money(row.cell(purchase.index()));
        Money o = operation == null ? null : money(row.cell(operation.index()));
        if (v != null && (p != null || o != null)) {
            Money parts = (p == null ? Money.ZERO : p).plus(o == null ? Money.ZERO : o);
            tally.compare(v, parts, Money.ZERO, "表" + table.describe() + "：公务用车购置及运行费" + amountIn(v, table.unit())
                    + "≠购置费" + orBlank(p, table) + "+运行费" + orBlank(o, table), row.cell(vehicle.index()).evidence());
        }
        if (v == null && (p != null || o != null)) {
            v = (p == null ? Money.ZERO : p).plus(o == null ? Money.ZERO : o);
        }
        Money t = total == null ? null : money(row.cell(total.index()));
        Money a = abroad == null ? null : money(row.cell(abroad.index()));
        Money r = reception == null ? null : money(row.cell(reception.index()));
        if (t == null) {
            if (a != null || r != null) {
                tally.missing("表" + table.describe() + "没有可认定的“三公”经费合计栏（合计是否含会议费、培训费不明）");
            }
            return;
        }
        if (a == null && v == null && r == null) {
            if (!t.isZero()) {
                tally.missing("表" + table.describe() + "“三公”经费的组成栏未填");
            }
            return;
        }
        Money sum = (a == null ? Money.ZERO : a).plus(v == null ? Money.ZERO : v).plus(r == null ? Money.ZERO : r);
        tally.compare(t, sum, Money.ZERO, "表" + table.describe() + "：“三公”经费合计" + amountIn(t, table.unit())
                + "≠因公出国（境）费" + orBlank(a, table) + "+公务用车购置及运行费" + orBlank(v, table) + "+公务接待费"
                + orBlank(r, table) + "（会议费、培训费不计入“三公”经费）", row.cell(total.index()).evidence());
        if (grand != null) {
            Money g = money(row.cell(grand.index()));
            TableColumn meeting = find(stretch, Measure.MEETING);
            TableColumn training = find(stretch, Measure.TRAINING);
            Money m = meeting == null ? null : money(row.cell(meeting.index()));
            Money tr = training == null ? null : money(row.cell(training.index()));
            if (g != null && (meeting != null || training != null)) {
                Money all = t.plus(m == null ? Money.ZERO : m).plus(tr == null ? Money.ZERO : tr);
                tally.compare(g, all, Money.ZERO, "表" + table.describe() + "：合计" + amountIn(g, table.unit())
                        + "≠“三公”经费" + amountIn(t, table.unit()) + "+会议费" + orBlank(m, table) + "+培训费" + orBlank(tr, table),
                        row.cell(grand.index()).evidence());
            }
        }
    }

    // ---- helpers ----

    private static TableColumn find(List<TableColumn> cols, Measure m) {
        return cols.stream().filter(c -> c.measure() == m).findFirst().orElse(null);
    }

    static Money money(TableCell cell) {
        return cell == null ? null : cell.money();
    }

    /** The row's first stated figure (one-figure rows of 收支总表 sides and flat tables). */
    static Money firstFigure(TableRow row) {
        for (TableCell c : row.cells()) {
            if (c != null && c.money() != null) {
                return c.money();
            }
        }
        return null;
    }

    /** A class row's amount: its 合计 column, else its side's only column. */
    static Money amountOfRow(StandardTable table, TableRow row) {
        Optional<TableColumn> total = table.column(row.side(), Measure.TOTAL);
        if (total.isPresent()) {
            return money(row.cell(total.get().index()));
        }
        return firstFigure(row);
    }

    static String text(TableCell cell, StandardTable table) {
        return cell == null || cell.isBlank() ? "（空）" : cell.raw() + (table.unit() == null ? "" : table.unit().label());
    }

    static String orBlank(Money m, StandardTable table) {
        return m == null ? "（空）" : amountIn(m, table.unit());
    }

    static String amountIn(Money m, MoneyUnit unit) {
        if (unit == null) {
            return amount(m);
        }
        return m.in(unit).toPlainString() + unit.label();
    }

    static String amount(Money m) {
        return m.yuan().stripTrailingZeros().toPlainString() + "元";
    }

    static Money tolerance(StandardTable a, StandardTable b) {
        return a.unit() == b.unit() ? Money.ZERO : HALF_WAN;
    }

}
