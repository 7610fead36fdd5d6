package cn.districtbudget.ui.figures;

import cn.districtbudget.core.disclosure.Expenditure;
import cn.districtbudget.core.disclosure.Grade;
import cn.districtbudget.core.disclosure.Revenue;
import cn.districtbudget.data.dashboard.DepartmentExpenditure;
import cn.districtbudget.data.dashboard.DepartmentThreePublic;
import cn.districtbudget.data.dashboard.IndicatorGrade;
import cn.districtbudget.data.dashboard.GradeCell;
import cn.districtbudget.data.dashboard.GradeMatrix;
import cn.districtbudget.data.dashboard.RevenueBySource;
import cn.districtbudget.data.dashboard.ThreePublicYear;
import cn.districtbudget.core.money.Money;
import cn.districtbudget.ui.chart.ChartSeries;
import cn.districtbudget.ui.chart.ColumnLineChartMapper;
import cn.districtbudget.ui.chart.DonutChartMapper;
import cn.districtbudget.ui.chart.GradeHeatmapMapper;
import cn.districtbudget.ui.chart.HeatmapCell;
import cn.districtbudget.ui.chart.HeatmapRow;
import cn.districtbudget.ui.chart.StackedBarChartMapper;
import cn.districtbudget.ui.shell.Amounts;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Chart options of the dashboards, from the read models (pure: no Vaadin, no database). */
public final class DashboardCharts {

    private DashboardCharts() {
    }

    public static ObjectNode revenueDonut(RevenueBySource revenue) {
        List<RevenueBySource.Slice> slices = revenue.slices();
        return DonutChartMapper.map("收入来源（万元）",
                slices.stream().map(RevenueBySource.Slice::label).toList(),
                slices.stream().map(s -> Amounts.chartWan(s.amount())).toList());
    }

    /** One horizontal bar per department, in the given order, split into personnel / public-use / project. */
    public static ObjectNode expenditureBars(List<DepartmentExpenditure> rows) {
        List<String> names = rows.stream().map(DepartmentExpenditure::departmentName).toList();
        List<BigDecimal> personnel = new ArrayList<>();
        List<BigDecimal> publicUse = new ArrayList<>();
        List<BigDecimal> project = new ArrayList<>();
        for (DepartmentExpenditure row : rows) {
            personnel.add(Amounts.chartWan(row.personnel()));
            publicUse.add(Amounts.chartWan(row.publicUse()));
            project.add(Amounts.chartWan(row.project()));
        }
        ObjectNode options = StackedBarChartMapper.map("各部门支出（万元）", names, List.of(
                new ChartSeries("人员经费", personnel),
                new ChartSeries("日常公用经费", publicUse),
                new ChartSeries("项目支出", project)), true);
        options.putObject("legend").put("position", "top");
        return options;
    }

    /** 三公 by category per year as stacked columns, the total as a line. */
    public static ObjectNode threePublicTrend(List<ThreePublicYear> years, boolean share) {
        List<String> categories = years.stream().map(y -> String.valueOf(y.year())).toList();
        ObjectNode options = ColumnLineChartMapper.map(share ? "“三公”经费构成（占比）" : "“三公”经费（万元）", categories, List.of(
                new ChartSeries("因公出国（境）费", years.stream().map(y -> Amounts.chartWan(y.outboundTravel())).toList()),
                new ChartSeries("公务用车购置及运行维护费", years.stream().map(y -> Amounts.chartWan(y.vehicles())).toList()),
                new ChartSeries("公务接待费", years.stream().map(y -> Amounts.chartWan(y.reception())).toList())),
                share ? null : new ChartSeries("合计", years.stream().map(y -> Amounts.chartWan(y.total())).toList()));
        if (share) {
            options.withObjectProperty("chart").put("type", "bar").put("stackType", "100%");
        }
        options.putObject("legend").put("position", "top");
        return options;
    }

    /** Departments x years; a cell's score is the average grade (优 4 … 差 1), 未评 when nothing is graded. */
    public static ObjectNode gradeHeatmap(GradeMatrix matrix) {
        List<HeatmapRow> rows = new ArrayList<>();
        for (GradeMatrix.DepartmentRef department : matrix.departments()) {
            List<HeatmapCell> cells = new ArrayList<>();
            for (Integer year : matrix.years()) {
                GradeCell cell = matrix.cell(department.id(), year).orElse(null);
                cells.add(new HeatmapCell(String.valueOf(year), cell == null || cell.notGraded() ? null : cell.score(),
                        describe(department.name(), year, cell)));
            }
            rows.add(new HeatmapRow(department.name(), cells));
        }
        return GradeHeatmapMapper.map("绩效等级（部门 × 年度）", rows);
    }

    static String describe(String department, int year, GradeCell cell) {
        StringBuilder text = new StringBuilder(department).append(" · ").append(year).append("年\n");
        if (cell == null) {
            return text.append("无公开说明").toString();
        }
        if (cell.notGraded()) {
            text.append(GradeCell.NOT_GRADED_LABEL).append("（尚无绩效自评结果）");
        } else {
            text.append("等级：").append(cell.label()).append("（平均分 ")
                    .append(cell.score().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()).append("）");
        }
        text.append("\n指标 ").append(cell.indicatorCount()).append(" 个，已评 ").append(cell.graded())
                .append("，无法评级 ").append(cell.ungraded()).append("，缺结果 ").append(cell.missing());
        return text.toString();
    }

    /** One department's 三公 for one year per bar, split by category; {@code share} stacks to 100%. */
    public static ObjectNode threePublicDepartmentBars(List<DepartmentThreePublic> rows, boolean share) {
        ObjectNode options = StackedBarChartMapper.map(share ? "各部门“三公”经费构成（占比）" : "各部门“三公”经费（万元）",
                rows.stream().map(DepartmentThreePublic::departmentName).toList(), List.of(
                        new ChartSeries("因公出国（境）费", rows.stream().map(r -> Amounts.chartWan(r.outboundTravel())).toList()),
                        new ChartSeries("公务用车购置及运行维护费", rows.stream().map(r -> Amounts.chartWan(r.vehicles())).toList()),
                        new ChartSeries("公务接待费", rows.stream().map(r -> Amounts.chartWan(r.reception())).toList())), true);
        if (share) {
            options.withObjectProperty("chart").put("stackType", "100%");
        }
        options.putObject("legend").put("position", "top");
        return options;
    }

    /** A department's 三公 history as the same column-and-line chart as the region's. */
    public static ObjectNode departmentThreePublicHistory(List<DepartmentThreePublic> history) {
        return threePublicTrend(history.stream().map(h -> new ThreePublicYear(h.year(), h.outboundTravel(), h.vehicles(),
                h.reception(), h.total(), 1)).toList(), false);
    }

    /**
     * One department's revenue by source. The centre shows 合计 only when the stated sources add up to the stated
     * total; otherwise (a final account in the national template states 财政拨款收入, 事业收入 … which are not these
     * sources) the chart shows the shares of what is stated and no total that would contradict the table.
     */
    public static ObjectNode revenueDonut(Revenue revenue) {
        ObjectNode options = revenueDonut(new RevenueBySource(0, 0, revenue.total(), revenue.generalPublicBudget(),
                revenue.governmentFund(), revenue.specialAccount(), revenue.other()));
        return totalOnlyIfItAddsUp(options, revenue.total(), revenue.generalPublicBudget(), revenue.governmentFund(),
                revenue.specialAccount(), revenue.other());
    }

    /**
     * One department's expenditure: 人员经费, 日常公用经费 and 项目支出 when both parts of 基本支出 are stated, else
     * 基本支出 and 项目支出 (the national templates often state 基本支出 without its parts: leaving it out would draw
     * 项目支出 as 100%). 合计 in the centre only when the slices add up to the stated total.
     */
    public static ObjectNode expenditureDonut(Expenditure expenditure) {
        boolean parts = expenditure.personnel() != null && expenditure.publicUse() != null;
        List<String> labels = parts ? List.of("人员经费", "日常公用经费", "项目支出") : List.of("基本支出", "项目支出");
        List<Money> slices = parts ? java.util.Arrays.asList(expenditure.personnel(), expenditure.publicUse(),
                expenditure.project()) : java.util.Arrays.asList(expenditure.basic(), expenditure.project());
        ObjectNode options = DonutChartMapper.map("支出构成（万元）", labels,
                slices.stream().map(Amounts::chartWan).toList());
        return totalOnlyIfItAddsUp(options, expenditure.total(), slices.toArray(Money[]::new));
    }

    /** A donut of stated parts; 合计 in the centre only when they add up to the stated {@code total}. */
    public static ObjectNode partsDonut(String title, List<String> labels, List<Money> parts, Money total) {
        ObjectNode options = DonutChartMapper.map(title, labels, parts.stream().map(Amounts::chartWan).toList());
        return totalOnlyIfItAddsUp(options, total, parts.toArray(Money[]::new));
    }

    private static ObjectNode totalOnlyIfItAddsUp(ObjectNode options, Money total, Money... slices) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Money slice : slices) {
            if (slice != null) {
                sum = sum.add(slice.yuan());
            }
        }
        if (total == null || sum.compareTo(total.yuan()) != 0) {
            options.with("plotOptions").with("pie").with("donut").with("labels").with("total").put("show", false);
            options.with("meta").put("partsOnly", true);
        }
        return options;
    }

    /**
     * The rows of {@link #indicatorHeatmap}, top to bottom, in first-published order. An indicator name published
     * twice in a year (under two activities) gives two rows, the second labelled "name（2）".
     */
    public static List<String> indicatorRows(List<IndicatorGrade> grades) {
        return List.copyOf(byRow(grades).keySet());
    }

    private static Map<String, Map<Integer, IndicatorGrade>> byRow(List<IndicatorGrade> grades) {
        Map<String, Map<Integer, IndicatorGrade>> rows = new LinkedHashMap<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (IndicatorGrade grade : grades) {
            String key = grade.indicatorName() + "@" + grade.year();
            int occurrence = seen.merge(key, 1, Integer::sum);
            String row = occurrence == 1 ? grade.indicatorName() : grade.indicatorName() + "（" + occurrence + "）";
            rows.computeIfAbsent(row, k -> new LinkedHashMap<>()).put(grade.year(), grade);
        }
        return rows;
    }

    /** The years of {@link #indicatorHeatmap}, ascending. */
    public static List<Integer> indicatorYears(List<IndicatorGrade> grades) {
        return List.copyOf(new TreeSet<>(grades.stream().map(IndicatorGrade::year).toList()));
    }

    /** Indicators x years of one department; the hover text gives the four thresholds and the actual value. */
    public static ObjectNode indicatorHeatmap(List<IndicatorGrade> grades) {
        List<Integer> years = indicatorYears(grades);
        List<HeatmapRow> rows = new ArrayList<>();
        byRow(grades).forEach((name, perYear) -> {
            List<HeatmapCell> cells = new ArrayList<>();
            for (Integer year : years) {
                IndicatorGrade g = perYear.get(year);
                cells.add(new HeatmapCell(String.valueOf(year),
                        g == null || g.grade() == null ? null : BigDecimal.valueOf(g.grade().score()), describe(name, year, g)));
            }
            rows.add(new HeatmapRow(name, cells));
        });
        return GradeHeatmapMapper.map("绩效指标（指标 × 年度）", rows);
    }

    static String describe(String indicator, int year, IndicatorGrade grade) {
        StringBuilder text = new StringBuilder(indicator).append(" · ").append(year).append("年\n");
        if (grade == null) {
            return text.append("该年无此指标").toString();
        }
        for (Grade g : Grade.values()) {
            String threshold = switch (g) {
                case EXCELLENT -> grade.excellent();
                case GOOD -> grade.good();
                case FAIR -> grade.fair();
                case POOR -> grade.poor();
            };
            text.append(g.label()).append("：").append(threshold == null ? "（空）" : threshold).append("\n");
        }
        text.append("实际值：").append(grade.actualValue() == null ? "尚未填报"
                : grade.actualValue().stripTrailingZeros().toPlainString() + (grade.unit() == null ? "" : grade.unit()));
        text.append("\n等级：").append(grade.label()).append(grade.ungraded() ? "（实际值不在任何等级范围内）" : "");
        return text.toString();
    }
}
