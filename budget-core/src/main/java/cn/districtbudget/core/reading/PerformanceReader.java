package cn.districtbudget.core.reading;

import cn.districtbudget.core.disclosure.DutyActivity;
import cn.districtbudget.core.disclosure.Indicator;
import cn.districtbudget.core.disclosure.PerformanceTargets;
import cn.districtbudget.core.disclosure.WorkActivity;
import cn.districtbudget.core.finding.Section;
import cn.districtbudget.core.money.Money;
import cn.districtbudget.core.money.MoneyUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 五、绩效预算信息: the overall goals (总体绩效目标, one per line) and the table
 * 职责活动 | 年度预算数 | 内容描述 | 绩效目标 | 绩效指标 | 评价标准 优 良 中 差 (nine columns).
 * A row whose first cell is numbered 一、二、… is a duty activity; one numbered 1、2、… (or indented) is a work
 * activity; a row with only an indicator adds the indicator to the work activity above. Threshold texts are
 * kept as published. The cells before the header carry the department's code and name ({@code 731科协}) and
 * the money unit ({@code 单位：万元}).
 */
final class PerformanceReader {

    private static final List<String> HEADER = List.of("职责活动", "年度预算数", "内容描述", "绩效目标", "绩效指标", "评价标准");
    private static final List<String> GRADES = List.of("优", "良", "中", "差");
    private static final int WIDTH = 9;
    private static final Pattern DUTY_NAME = Pattern.compile("^[一二三四五六七八九十]{1,3}\\s*[、.]");
    private static final Pattern WORK_NAME = Pattern.compile("^\\d+\\s*[、.]");
    private static final Pattern CODE = Pattern.compile("^(\\d{2,})\\D");
    private static final Pattern GOALS_END = Pattern.compile("职责.*活动|活动.*绩效|绩效目标表|绩效指标");

    private final ReadingContext context;
    private String departmentCode;
    private MoneyUnit unit;

    PerformanceReader(ReadingContext context) {
        this.context = context;
    }

    /** The department code from the table header ({@code 731} of {@code 731科协}); null when not stated. */
    String departmentCode() {
        return departmentCode;
    }

    PerformanceTargets read(Layout.Range range) {
        if (range == null) {
            return PerformanceTargets.NOT_STATED;
        }
        List<String> goals = goals(range);
        TableCells table = TableCells.read(context.source(), range.first(), range.last());
        if (table.cells().isEmpty()) {
            return new PerformanceTargets(goals, null, List.of());
        }
        int header = table.indexOf(HEADER.get(0), 0);
        String tableHeader = null;
        for (int i = 0; i < Math.max(0, header); i++) {
            String text = table.cells().get(i).text();
            MoneyUnit named = Figures.unitLabel(text);
            if (named != null) {
                unit = named;
            } else if (!text.isEmpty() && tableHeader == null) {
                tableHeader = text;
                Matcher code = CODE.matcher(text + " ");
                if (code.find()) {
                    departmentCode = code.group(1);
                }
            }
        }
        int dataStart = dataStart(table, header);
        if (dataStart < 0) {
            context.report(ReadingRule.ROW_NOT_UNDERSTOOD, Section.PERFORMANCE,
                    "绩效目标表的表头不是“职责活动、年度预算数、内容描述、绩效目标、绩效指标、评价标准（优、良、中、差）”，未读取表格",
                    table.cells().get(Math.max(0, header)).line());
            return new PerformanceTargets(goals, tableHeader, List.of());
        }
        return new PerformanceTargets(goals, tableHeader, activities(table, dataStart));
    }

    private List<String> goals(Layout.Range range) {
        List<String> goals = new ArrayList<>();
        boolean inGoals = false;
        for (int number = range.first(); number <= range.last(); number++) {
            String line = context.source().line(number);
            if (SourceText.isTableLine(line)) {
                break;
            }
            String text = SourceText.strip(line);
            if (text.isEmpty()) {
                continue;
            }
            if (!inGoals && text.contains("绩效目标") && !text.contains("指标")) {
                inGoals = true;
                int colon = Math.max(text.indexOf('：'), text.indexOf(':'));
                String rest = colon >= 0 ? SourceText.strip(text.substring(colon + 1)) : "";
                if (!rest.isEmpty()) {
                    goals.add(rest);
                }
                continue;
            }
            if (inGoals && GOALS_END.matcher(text).find()) {
                break;
            }
            if (inGoals) {
                goals.add(text);
            }
        }
        return goals;
    }

    /** Index of the first data cell, after 职责活动 … 评价标准 and 优 良 中 差; -1 when the header differs. */
    private static int dataStart(TableCells table, int header) {
        if (header < 0 || header + HEADER.size() > table.cells().size()) {
            return -1;
        }
        for (int i = 0; i < HEADER.size(); i++) {
            if (!table.cells().get(header + i).text().equals(HEADER.get(i))) {
                return -1;
            }
        }
        int excellent = table.indexOf(GRADES.get(0), header + HEADER.size());
        if (excellent < 0 || excellent + GRADES.size() > table.cells().size()) {
            return -1;
        }
        for (int i = 0; i < GRADES.size(); i++) {
            if (!table.cells().get(excellent + i).text().equals(GRADES.get(i))) {
                return -1;
            }
        }
        return excellent + GRADES.size();
    }

    private List<DutyActivity> activities(TableCells table, int dataStart) {
        List<DutyBuilder> duties = new ArrayList<>();
        for (List<TableCells.Cell> row : table.rows(dataStart, WIDTH)) {
            if (TableCells.allEmpty(row)) {
                continue;
            }
            int line = row.get(0).line();
            if (row.size() < WIDTH) {
                context.report(ReadingRule.ROW_NOT_UNDERSTOOD, Section.PERFORMANCE,
                        "绩效目标表最后一行只有" + row.size() + "个单元格（应为" + WIDTH + "个），未读取", line);
                continue;
            }
            String name = row.get(0).text();
            Indicator indicator = indicator(row);
            DutyBuilder duty = duties.isEmpty() ? null : duties.get(duties.size() - 1);
            if (!name.isEmpty() && DUTY_NAME.matcher(name).find()) {
                duty = new DutyBuilder(name, budget(row.get(1)), text(row.get(2)), text(row.get(3)));
                duties.add(duty);
                if (indicator != null) {
                    duty.lastWork().indicators.add(indicator);
                }
            } else if (!name.isEmpty() && WORK_NAME.matcher(name).find() && duty != null) {
                WorkBuilder work = new WorkBuilder(name, budget(row.get(1)), text(row.get(2)), text(row.get(3)));
                duty.work.add(work);
                if (indicator != null) {
                    work.indicators.add(indicator);
                }
            } else if (name.isEmpty() && indicator != null && duty != null && row.get(1).isEmpty()) {
                duty.lastWork().indicators.add(indicator);
            } else {
                context.report(ReadingRule.ROW_NOT_UNDERSTOOD, Section.PERFORMANCE,
                        "绩效目标表第" + line + "行的一行既不是职责活动、工作活动，也不是绩效指标，未读取", line);
            }
        }
        return duties.stream().map(DutyBuilder::build).toList();
    }

    private static Indicator indicator(List<TableCells.Cell> row) {
        String name = text(row.get(4));
        if (name == null && row.subList(5, WIDTH).stream().allMatch(TableCells.Cell::isEmpty)) {
            return null;
        }
        return new Indicator(name, text(row.get(5)), text(row.get(6)), text(row.get(7)), text(row.get(8)));
    }

    private Money budget(TableCells.Cell cell) {
        if (cell.isEmpty()) {
            return null;
        }
        BigDecimal number = Figures.cellNumber(cell.text());
        if (number == null) {
            context.report(ReadingRule.FIGURE_AMBIGUOUS, Section.PERFORMANCE,
                    "年度预算数“" + cell.text() + "”不是数字，未读取", cell.line());
            return null;
        }
        if (unit == null) {
            context.report(ReadingRule.UNIT_UNKNOWN, Section.PERFORMANCE,
                    "绩效目标表没有注明金额单位，年度预算数“" + cell.text() + "”未读取", cell.line());
            return null;
        }
        return context.money(number, unit, Section.PERFORMANCE, "年度预算数", cell.line());
    }

    private static String text(TableCells.Cell cell) {
        return cell.isEmpty() ? null : cell.text();
    }

    private static final class DutyBuilder {
        final String name;
        final Money budget;
        final String content;
        final String goal;
        final List<WorkBuilder> work = new ArrayList<>();

        DutyBuilder(String name, Money budget, String content, String goal) {
            this.name = name;
            this.budget = budget;
            this.content = content;
            this.goal = goal;
        }

        /** The last work activity, or one without a name when the duty row itself carries an indicator. */
        WorkBuilder lastWork() {
            if (work.isEmpty()) {
                work.add(new WorkBuilder(null, null, null, null));
            }
            return work.get(work.size() - 1);
        }

        DutyActivity build() {
            return new DutyActivity(name, budget, content, goal, work.stream().map(WorkBuilder::build).toList());
        }
    }

    private static final class WorkBuilder {
        final String name;
        final Money budget;
        final String content;
        final String goal;
        final List<Indicator> indicators = new ArrayList<>();

        WorkBuilder(String name, Money budget, String content, String goal) {
            this.name = name;
            this.budget = budget;
            this.content = content;
            this.goal = goal;
        }

        WorkActivity build() {
            return new WorkActivity(name, budget, content, goal, indicators);
        }
    }
}
