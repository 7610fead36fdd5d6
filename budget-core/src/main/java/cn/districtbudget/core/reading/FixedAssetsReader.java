package cn.districtbudget.core.reading;

import cn.districtbudget.core.disclosure.FixedAssets;
import cn.districtbudget.core.finding.Section;
import cn.districtbudget.core.money.Money;
import cn.districtbudget.core.money.MoneyUnit;
import cn.districtbudget.core.reading.ReadingContext.StatedAmount;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 七、国有资产信息: the sentence ({@code 固定资产总额5.67万元}) and the table 部门固定资产占用情况表 with its
 * 截止时间 (as-of date), the 资产总额 row and one row per category (项目 | 数量 | 价值). A category whose name
 * carries an area unit ({@code 房屋（平方米）}) has its 数量 read as area. Placeholder rows ({@code 4、……}) are skipped.
 */
final class FixedAssetsReader {

    private static final StatedAmount TOTAL_SENTENCE = StatedAmount.after("固定资产(?:总额|总值|原值|合计)");
    private static final Pattern AS_OF = Pattern.compile("截[止至](?:时间|日期)?[:：]?\\s*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern NUMBERING = Pattern.compile("^\\d+\\s*[、.]\\s*");
    private static final Pattern UNIT_SUFFIX = Pattern.compile("[（(]([^（）()]*)[）)]$");
    private static final Pattern PLACEHOLDER = Pattern.compile("^[…．.。·\\s-]*$");
    private static final Pattern TOTAL_ROW = Pattern.compile("^(?:资产总额|合计|总计|固定资产总额)$");
    private static final Pattern INTEGER = Pattern.compile("^\\d+$");
    private static final int WIDTH = 3;

    private FixedAssetsReader() {
    }

    static FixedAssets read(ReadingContext context, Layout.Range range) {
        if (range == null) {
            return FixedAssets.NOT_STATED;
        }
        Section s = Section.FIXED_ASSETS;
        Passage prose = Passage.prose(context.source(), range.first(), range.last());
        Money stated = context.amount(prose, TOTAL_SENTENCE, s, "固定资产总额");
        TableCells table = TableCells.read(context.source(), range.first(), range.last());
        LocalDate asOf = null;
        int header = -1;
        MoneyUnit unit = null;
        for (int i = 0; i < table.cells().size(); i++) {
            TableCells.Cell cell = table.cells().get(i);
            Matcher date = AS_OF.matcher(cell.text());
            if (asOf == null && date.find()) {
                asOf = date(context, date, cell.line());
            }
            if (cell.text().startsWith("价值") || cell.text().contains("金额单位")) {
                header = i;
                unit = Figures.unitLabel(cell.text());
                break;
            }
        }
        if (asOf == null) {
            Matcher date = AS_OF.matcher(prose.text());
            if (date.find()) {
                asOf = date(context, date, prose.lineAt(date.start()));
            }
        }
        Integer totalCount = null;
        Money totalValue = null;
        List<FixedAssets.Category> categories = new ArrayList<>();
        if (header < 0 && !table.cells().isEmpty()) {
            context.report(ReadingRule.ROW_NOT_UNDERSTOOD, s, "固定资产表没有“价值”表头，未读取表格", table.cells().get(0).line());
        }
        for (List<TableCells.Cell> row : header < 0 ? List.<List<TableCells.Cell>>of() : table.rows(header + 1, WIDTH)) {
            if (TableCells.allEmpty(row)) {
                continue;
            }
            int line = row.get(0).line();
            if (row.size() < WIDTH) {
                context.report(ReadingRule.ROW_NOT_UNDERSTOOD, s,
                        "固定资产表的一行只有" + row.size() + "个单元格（应为" + WIDTH + "个），未读取", line);
                continue;
            }
            String label = row.get(0).text();
            Money value = value(context, row.get(2), unit);
            if (TOTAL_ROW.matcher(label).matches()) {
                totalCount = count(context, row.get(1));
                totalValue = value;
                continue;
            }
            String name = NUMBERING.matcher(label).replaceFirst("");
            if (PLACEHOLDER.matcher(name).matches()) {
                continue;
            }
            Matcher suffix = UNIT_SUFFIX.matcher(name);
            boolean byArea = false;
            if (suffix.find()) {
                byArea = suffix.group(1).contains("平方米") || suffix.group(1).contains("㎡");
                name = SourceText.strip(name.substring(0, suffix.start()));
            }
            Integer count = byArea ? null : count(context, row.get(1));
            BigDecimal area = byArea ? area(context, row.get(1)) : null;
            categories.add(new FixedAssets.Category(name, count, area, value));
        }
        if (stated != null && totalValue != null && stated.compareTo(totalValue) != 0) {
            context.report(ReadingRule.FIGURE_AMBIGUOUS, s, "固定资产总额正文为" + stated.toWanString() + "，表中为"
                    + totalValue.toWanString() + "，采用表中数", prose.firstLine());
        }
        return new FixedAssets(asOf, totalCount, totalValue != null ? totalValue : stated, categories);
    }

    private static LocalDate date(ReadingContext context, Matcher date, Integer line) {
        try {
            return LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
                    Integer.parseInt(date.group(3)));
        } catch (DateTimeException e) {
            context.report(ReadingRule.FIGURE_AMBIGUOUS, Section.FIXED_ASSETS, "截止时间“" + date.group() + "”不是有效日期", line);
            return null;
        }
    }

    private static Integer count(ReadingContext context, TableCells.Cell cell) {
        if (cell.isEmpty()) {
            return null;
        }
        String text = cell.text();
        if (INTEGER.matcher(text).matches() && text.length() <= 9) {
            return Integer.valueOf(text);
        }
        context.report(ReadingRule.FIGURE_AMBIGUOUS, Section.FIXED_ASSETS, "资产数量“" + text + "”不是整数，未读取", cell.line());
        return null;
    }

    private static BigDecimal area(ReadingContext context, TableCells.Cell cell) {
        if (cell.isEmpty()) {
            return null;
        }
        BigDecimal area = Figures.cellNumber(cell.text());
        if (area == null) {
            context.report(ReadingRule.FIGURE_AMBIGUOUS, Section.FIXED_ASSETS, "房屋面积“" + cell.text() + "”不是数字，未读取", cell.line());
        }
        return area;
    }

    private static Money value(ReadingContext context, TableCells.Cell cell, MoneyUnit unit) {
        if (cell.isEmpty()) {
            return null;
        }
        BigDecimal number = Figures.cellNumber(cell.text());
        if (number == null) {
            context.report(ReadingRule.FIGURE_AMBIGUOUS, Section.FIXED_ASSETS, "资产价值“" + cell.text() + "”不是数字，未读取", cell.line());
            return null;
        }
        if (unit == null) {
            context.report(ReadingRule.UNIT_UNKNOWN, Section.FIXED_ASSETS, "固定资产表没有注明金额单位，价值“" + cell.text() + "”未读取", cell.line());
            return null;
        }
        return context.money(number, unit, Section.FIXED_ASSETS, "资产价值", cell.line());
    }
}
