package cn.districtbudget.core.assembly;

import cn.districtbudget.core.disclosure.Concept;
import cn.districtbudget.core.disclosure.Evidence;
import cn.districtbudget.core.disclosure.StatedFigure;
import cn.districtbudget.core.tables.Measure;
import cn.districtbudget.core.tables.RowLevel;
import cn.districtbudget.core.tables.StandardTable;
import cn.districtbudget.core.tables.TableCell;
import cn.districtbudget.core.tables.TableColumn;
import cn.districtbudget.core.tables.TableKind;
import cn.districtbudget.core.tables.TableRow;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The disclosure figures a standard table states, each with the table, row and column as its evidence. Only cells
 * whose meaning the template fixes are taken: the total rows of the 收支总表 (本年 / 当年 totals as the year's,
 * 总计 as the grand totals; a bare 收入合计 only where no carry-over is stated beside it), the 合计 row of the
 * 收入 / 支出 / 一般公共预算 / 基本支出 tables by the measure of each column, the “三公” and 机关运行经费 row.
 * A measure found in two columns of one table, a column of another year (上年, 增减) and, in a final account, a
 * column that is neither 预算数 nor 决算数 where both exist, are not taken: what is not certain is not read.
 */
final class TableFigures {

    private static final Pattern NUMBERING = Pattern.compile("^(?:[一二三四五六七八九十]+、|\\d+[.．、]|（[一二三四五六七八九十\\d]+）)");
    private static final Pattern OTHER_YEAR = Pattern.compile("上年|去年|增减|增长|减少|比上年|变动|%");

    private TableFigures() {
    }

    static List<StatedFigure> of(StandardTable table) {
        if (!table.hasFigures() || table.unit() == null) {
            return List.of();
        }
        Reading reading = new Reading(table);
        switch (table.kind()) {
            case SUMMARY, SUMMARY_FINAL -> reading.summary(false);
            case FISCAL_SUMMARY, FISCAL_SUMMARY_FINAL -> reading.summary(true);
            case INCOME, INCOME_FINAL -> reading.income();
            case EXPENDITURE, EXPENDITURE_FINAL -> reading.totalRow(Map.of(Measure.TOTAL, Concept.EXPENDITURE_TOTAL,
                    Measure.BASIC, Concept.EXPENDITURE_BASIC, Measure.PROJECT, Concept.EXPENDITURE_PROJECT,
                    Measure.RESERVE, Concept.EXPENDITURE_RESERVE), true);
            case GENERAL_PUBLIC_EXPENDITURE, GENERAL_PUBLIC_EXPENDITURE_FINAL -> reading.totalRow(Map.of(
                    Measure.TOTAL, Concept.GPB_EXPENDITURE_TOTAL, Measure.BASIC, Concept.GPB_EXPENDITURE_BASIC,
                    Measure.PROJECT, Concept.GPB_EXPENDITURE_PROJECT), false);
            case BASIC_EXPENDITURE, BASIC_EXPENDITURE_FINAL -> reading.basic();
            case THREE_PUBLIC, THREE_PUBLIC_FINAL -> reading.threePublic();
            case OPERATING_COSTS -> reading.singleTotal(Concept.OPERATING_COST_TOTAL, Measure.OPERATING_COSTS);
            case PROCUREMENT -> reading.singleTotal(Concept.PROCUREMENT_TOTAL, null);
            default -> {
            }
        }
        return reading.figures;
    }

    /** The row name without spaces, quotes and its numbering (一、 / 1. / （一）). */
    static String name(@Nullable String name) {
        if (name == null) {
            return "";
        }
        return NUMBERING.matcher(TableKind.normalise(name)).replaceFirst("");
    }

    private static final class Reading {
        private final StandardTable table;
        private final boolean finalAccounts;
        private final List<StatedFigure> figures = new ArrayList<>();

        Reading(StandardTable table) {
            this.table = table;
            this.finalAccounts = table.kind().stage() == TableKind.Stage.FINAL;
        }

        // ---- 收支总表 / 财政拨款收支总表 ----

        void summary(boolean fiscal) {
            for (int side = 0; side < table.sideCount(); side++) {
                TableColumn column = amountColumn(side);
                if (column == null) {
                    continue;
                }
                boolean revenueSide = side == 0;
                List<TableRow> rows = table.rows(side);
                boolean yearRow = rows.stream().anyMatch(r -> isYearTotal(name(r.name()), revenueSide));
                boolean grandRow = rows.stream().anyMatch(r -> isGrandTotal(name(r.name()), revenueSide));
                for (TableRow row : rows) {
                    String n = name(row.name());
                    Concept concept = null;
                    if (row.level() == RowLevel.TOTAL && isYearTotal(n, revenueSide)) {
                        concept = fiscal ? null : revenueSide ? Concept.REVENUE_TOTAL : Concept.EXPENDITURE_TOTAL;
                    } else if (row.level() == RowLevel.TOTAL && isGrandTotal(n, revenueSide)) {
                        concept = grand(fiscal, revenueSide);
                    } else if (row.level() == RowLevel.TOTAL && n.equals(revenueSide ? "收入合计" : "支出合计")) {
                        if (yearRow && !grandRow) {
                            concept = grand(fiscal, revenueSide);
                        } else if (grandRow && !yearRow) {
                            concept = fiscal ? null : revenueSide ? Concept.REVENUE_TOTAL : Concept.EXPENDITURE_TOTAL;
                        } else if (!yearRow && !carryOverStated(revenueSide)) {
                            // nothing carried over: the year's total and the grand total are one figure
                            concept = fiscal ? grand(true, revenueSide)
                                    : revenueSide ? Concept.REVENUE_TOTAL : Concept.EXPENDITURE_TOTAL;
                        }
                    } else if (!fiscal && revenueSide && row.level() == RowLevel.LINE) {
                        concept = source(n);
                    } else if (!fiscal && !revenueSide && row.level() == RowLevel.LINE && n.equals("单位预留机动经费")) {
                        concept = Concept.EXPENDITURE_RESERVE;
                    }
                    if (concept != null) {
                        take(concept, row, column);
                    }
                }
            }
        }

        private static boolean isYearTotal(String n, boolean revenue) {
            String what = revenue ? "收入" : "支出";
            return n.equals("本年" + what + "合计") || n.equals("当年" + what + "小计") || n.equals("本年" + what + "小计")
                    || n.equals("当年" + what + "合计");
        }

        private static boolean isGrandTotal(String n, boolean revenue) {
            return n.equals(revenue ? "收入总计" : "支出总计") || n.equals("总计");
        }

        private static Concept grand(boolean fiscal, boolean revenue) {
            if (fiscal) {
                return revenue ? Concept.FISCAL_REVENUE_TOTAL : Concept.FISCAL_EXPENDITURE_TOTAL;
            }
            return revenue ? Concept.REVENUE_GRAND_TOTAL : Concept.EXPENDITURE_GRAND_TOTAL;
        }

        /** True when a carry-over row (结转 / 结余) of this side of the table states a figure other than 0. */
        private boolean carryOverStated(boolean revenue) {
            for (TableRow row : table.rows()) {
                if ((row.side() == 0) != revenue) {
                    continue;
                }
                String n = name(row.name());
                if (!n.contains("结转") && !n.contains("结余")) {
                    continue;
                }
                for (TableCell cell : row.cells()) {
                    if (cell != null && cell.money() != null && cell.money().signum() != 0) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static @Nullable Concept source(String n) {
            return switch (n) {
                case "财政拨款", "财政拨款收入" -> Concept.REVENUE_FISCAL_APPROPRIATION;
                case "一般公共预算", "一般公共预算拨款", "一般公共预算拨款收入", "一般公共预算财政拨款",
                     "一般公共预算财政拨款收入", "一般公共预算资金" -> Concept.REVENUE_GENERAL_PUBLIC_BUDGET;
                case "政府性基金预算", "政府性基金预算拨款", "政府性基金预算拨款收入", "政府性基金预算财政拨款",
                     "政府性基金预算财政拨款收入" -> Concept.REVENUE_GOVERNMENT_FUND;
                case "国有资本经营预算", "国有资本经营预算拨款收入", "国有资本经营预算财政拨款",
                     "国有资本经营预算财政拨款收入" -> Concept.REVENUE_STATE_CAPITAL;
                case "事业收入" -> Concept.REVENUE_BUSINESS;
                case "经营收入" -> Concept.REVENUE_OPERATING;
                case "上级补助收入" -> Concept.REVENUE_SUPERIOR_SUBSIDY;
                case "附属单位上缴收入" -> Concept.REVENUE_SUBORDINATE_REMITTANCE;
                case "年初结转和结余", "上年结转", "上年结转和结余" -> Concept.REVENUE_CARRIED_FORWARD;
                case "使用非财政拨款结余" -> Concept.REVENUE_USE_OF_NON_FISCAL_BALANCE;
                default -> null;
            };
        }

        // ---- 收入总表 ----

        void income() {
            TableRow total = totalRow();
            if (total == null) {
                return;
            }
            Map<Measure, Concept> sources = new EnumMap<>(Measure.class);
            sources.put(Measure.FISCAL, Concept.REVENUE_FISCAL_APPROPRIATION);
            sources.put(Measure.GENERAL_PUBLIC, Concept.REVENUE_GENERAL_PUBLIC_BUDGET);
            sources.put(Measure.GOV_FUND, Concept.REVENUE_GOVERNMENT_FUND);
            sources.put(Measure.SOE_CAPITAL, Concept.REVENUE_STATE_CAPITAL);
            sources.put(Measure.BUSINESS_INCOME, Concept.REVENUE_BUSINESS);
            sources.put(Measure.OPERATING_INCOME, Concept.REVENUE_OPERATING);
            sources.put(Measure.SUPERIOR_SUBSIDY, Concept.REVENUE_SUPERIOR_SUBSIDY);
            sources.put(Measure.AFFILIATE_INCOME, Concept.REVENUE_SUBORDINATE_REMITTANCE);
            sources.put(Measure.OTHER_INCOME, Concept.REVENUE_OTHER);
            boolean carryOverColumn = table.columns().stream()
                    .anyMatch(c -> c.label().contains("结转") || c.label().contains("结余"));
            for (TableColumn column : eligibleColumns()) {
                Concept concept = sources.get(column.measure());
                if (column.measure() == Measure.TOTAL
                        && (TableKind.normalise(column.label()).contains("本年收入合计") || !carryOverColumn)) {
                    concept = Concept.REVENUE_TOTAL;
                }
                if (concept != null && unique(column.measure())) {
                    take(concept, total, column);
                }
            }
        }

        // ---- 支出总表, 一般公共预算支出表 ----

        void totalRow(Map<Measure, Concept> concepts, boolean unnamedRowAllowed) {
            TableRow total = totalRow();
            if (total == null && unnamedRowAllowed) {
                total = onlyFigureRow();
            }
            if (total == null) {
                return;
            }
            boolean carriedForward = table.columns().stream().anyMatch(c -> c.measure() == Measure.CARRY_FORWARD);
            List<TableColumn> columns = eligibleColumns();
            for (TableColumn column : columns) {
                Measure measure = column.measure();
                if (measure == Measure.AMOUNT && columns.size() == 1) {
                    measure = Measure.TOTAL;
                }
                Concept concept = concepts.get(measure);
                if (concept == null || !unique(column.measure())) {
                    continue;
                }
                if (measure == Measure.TOTAL && carriedForward) {
                    continue; // 合计 would include 结转下年: not the year's expenditure
                }
                take(concept, total, column);
            }
        }

        // ---- 基本支出表 ----

        void basic() {
            for (TableRow row : table.rows()) {
                String n = name(row.name());
                Concept concept = n.equals("人员经费合计") || n.equals("人员经费") ? Concept.GPB_EXPENDITURE_PERSONNEL
                        : n.equals("公用经费合计") || n.equals("公用经费") ? Concept.GPB_EXPENDITURE_PUBLIC_USE : null;
                if (concept != null && row.code() == null) {
                    TableColumn column = amountColumn(row.side());
                    if (column != null) {
                        take(concept, row, column);
                    }
                }
            }
            totalRow(Map.of(Measure.TOTAL, Concept.GPB_EXPENDITURE_BASIC, Measure.PERSONNEL,
                    Concept.GPB_EXPENDITURE_PERSONNEL, Measure.PUBLIC_USE, Concept.GPB_EXPENDITURE_PUBLIC_USE), false);
        }

        // ---- “三公”经费表 ----

        void threePublic() {
            TableRow row = totalRow();
            if (row == null) {
                row = onlyFigureRow();
            }
            if (row == null) {
                return;
            }
            for (TableColumn column : table.columns()) {
                String header = TableKind.normalise(column.fullLabel());
                if (OTHER_YEAR.matcher(header).find()) {
                    continue;
                }
                boolean budgeted;
                if (finalAccounts) {
                    boolean budgetWords = header.contains("预算");
                    boolean finalWords = header.contains("决算");
                    if (budgetWords == finalWords) {
                        continue; // neither or both: which figure it is, the header does not say
                    }
                    budgeted = budgetWords;
                } else {
                    if (header.contains("决算")) {
                        continue;
                    }
                    budgeted = false;
                }
                Concept concept = threePublic(column.measure(), budgeted);
                if (concept != null && uniqueIn(column, budgeted)) {
                    take(concept, row, column);
                }
            }
        }

        private static @Nullable Concept threePublic(Measure measure, boolean budgeted) {
            return switch (measure) {
                case THREE_PUBLIC_TOTAL -> budgeted ? Concept.THREE_PUBLIC_BUDGETED_TOTAL : Concept.THREE_PUBLIC_TOTAL;
                case ABROAD -> budgeted ? Concept.THREE_PUBLIC_BUDGETED_OUTBOUND_TRAVEL
                        : Concept.THREE_PUBLIC_OUTBOUND_TRAVEL;
                case VEHICLE -> budgeted ? Concept.THREE_PUBLIC_BUDGETED_VEHICLES : Concept.THREE_PUBLIC_VEHICLES;
                case VEHICLE_PURCHASE -> budgeted ? Concept.THREE_PUBLIC_BUDGETED_VEHICLE_PURCHASE
                        : Concept.THREE_PUBLIC_VEHICLE_PURCHASE;
                case VEHICLE_OPERATION -> budgeted ? Concept.THREE_PUBLIC_BUDGETED_VEHICLE_OPERATION
                        : Concept.THREE_PUBLIC_VEHICLE_OPERATION;
                case RECEPTION -> budgeted ? Concept.THREE_PUBLIC_BUDGETED_RECEPTION : Concept.THREE_PUBLIC_RECEPTION;
                case OPERATING_COSTS -> budgeted ? null : Concept.OPERATING_COST_TOTAL;
                default -> null;
            };
        }

        /** True when no other column of the same kind of figure (预算数 / 决算数) has this measure. */
        private boolean uniqueIn(TableColumn column, boolean budgeted) {
            long same = table.columns().stream().filter(c -> c.measure() == column.measure())
                    .filter(c -> !finalAccounts
                            || TableKind.normalise(c.fullLabel()).contains("预算") == budgeted)
                    .count();
            return same == 1;
        }

        // ---- 机关运行经费表, 政府采购表 ----

        void singleTotal(Concept concept, @Nullable Measure measure) {
            TableRow total = totalRow();
            if (total == null) {
                return;
            }
            List<TableColumn> columns = eligibleColumns();
            TableColumn column = null;
            if (measure != null) {
                column = columns.stream().filter(c -> c.measure() == measure).findFirst().orElse(null);
                if (column != null && !unique(measure)) {
                    return;
                }
            }
            if (column == null && columns.size() == 1) {
                column = columns.get(0);
            }
            if (column != null) {
                take(concept, total, column);
            }
        }

        // ---- rows and columns ----

        /** The one total row named 合计 / 总计 (not 小计); null when there is none or more than one. */
        private @Nullable TableRow totalRow() {
            TableRow found = null;
            for (TableRow row : table.rows()) {
                String n = name(row.name());
                if (row.level() == RowLevel.TOTAL && row.code() == null
                        && (n.equals("合计") || n.equals("总计") || n.equals("本年支出合计") || n.equals("本年收入合计"))) {
                    if (found != null) {
                        return null;
                    }
                    found = row;
                }
            }
            return found;
        }

        /** The table's only row with figures, when it has no code and no name (a one-line “三公” table). */
        private @Nullable TableRow onlyFigureRow() {
            List<TableRow> filled = table.rows().stream().filter(TableRow::hasFigures).toList();
            if (filled.size() != 1) {
                return null;
            }
            TableRow row = filled.get(0);
            return row.code() == null && name(row.name()).isEmpty() ? row : null;
        }

        /** The columns of figures of this year's kind (not 上年, not 增减; not 预算数 in a final account). */
        private List<TableColumn> eligibleColumns() {
            List<TableColumn> out = new ArrayList<>();
            for (TableColumn column : table.columns()) {
                String header = TableKind.normalise(column.fullLabel());
                if (OTHER_YEAR.matcher(header).find()) {
                    continue;
                }
                if (finalAccounts ? header.contains("年初预算") || header.contains("调整预算") || header.contains("预算数")
                        : header.contains("决算")) {
                    continue;
                }
                out.add(column);
            }
            return out;
        }

        /** The side's one column of amounts (its 合计 when it has several); null when that is not clear. */
        private @Nullable TableColumn amountColumn(int side) {
            List<TableColumn> columns = eligibleColumns().stream().filter(c -> c.side() == side).toList();
            if (columns.size() == 1) {
                return columns.get(0);
            }
            List<TableColumn> totals = columns.stream().filter(c -> c.measure() == Measure.TOTAL).toList();
            return totals.size() == 1 ? totals.get(0) : null;
        }

        private boolean unique(Measure measure) {
            return eligibleColumns().stream().filter(c -> c.measure() == measure).count() == 1;
        }

        private void take(Concept concept, TableRow row, TableColumn column) {
            TableCell cell = row.cell(column.index());
            if (cell == null || cell.money() == null) {
                return; // blank: not stated
            }
            if (figures.stream().anyMatch(f -> f.concept() == concept)) {
                return;
            }
            cn.districtbudget.core.tables.Evidence where = cell.evidence() != null ? cell.evidence()
                    : row.evidence();
            String rowLabel = row.name() == null || row.name().isBlank() ? row.label() : row.name().strip();
            String words = table.describe() + rowLabel + "／" + column.fullLabel() + "：" + cell.raw().strip();
            StringBuilder place = new StringBuilder(table.describe());
            if (where != null && where.place() != null) {
                place.append(' ').append(where.place());
            }
            if (where != null && where.row() != null) {
                place.append(" 第").append(where.row()).append("行");
            }
            if (where != null && where.column() != null) {
                place.append(" 第").append(where.column()).append("列");
            }
            String file = where != null ? where.file() : table.evidence() == null ? null : table.evidence().file();
            figures.add(StatedFigure.ofMoney(concept, false, cell.money(), table.unit().label(), null,
                    new Evidence(file, 0, words, place.toString())));
        }
    }
}
