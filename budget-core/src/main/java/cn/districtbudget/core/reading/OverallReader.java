package cn.districtbudget.core.reading;

import cn.districtbudget.core.disclosure.Expenditure;
import cn.districtbudget.core.disclosure.PriorYearChange;
import cn.districtbudget.core.disclosure.Revenue;
import cn.districtbudget.core.disclosure.StatedChange;
import cn.districtbudget.core.finding.Section;
import cn.districtbudget.core.money.Money;
import cn.districtbudget.core.reading.ReadingContext.StatedAmount;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 二、部门预算安排的总体情况: the revenue sentence (收入说明), the expenditure sentence (支出说明) and the changes
 * on the prior year (比上年增减情况). When the numbered sub-parts ({@code 1、收入说明}) are there, each sentence
 * is looked for in its own sub-part; otherwise in the whole part.
 */
final class OverallReader {

    private static final String YEAR = "\\d{4}\\s*年(?:度)?(?:部门)?(?:预算|决算)?(?:总)?";
    private static final StatedAmount REVENUE_TOTAL = StatedAmount.after(
            YEAR + "收入(?:总计|合计|总额)?|收入总计|收入合计|收入总额|总收入");
    private static final StatedAmount GENERAL_PUBLIC = StatedAmount.after(
            "一般公共预算(?:拨款)?收入(?:[（(]拨款[）)])?|一般公共预算拨款|财政拨款收入");
    private static final StatedAmount GOVERNMENT_FUND = StatedAmount.after(
            "(?:政府性)?基金预算(?:拨款)?收入|政府性基金(?:预算)?(?:拨款)?收入");
    private static final StatedAmount SPECIAL_ACCOUNT = StatedAmount.after("财政专户(?:核拨|管理资金)?收入");
    private static final StatedAmount OTHER_REVENUE = StatedAmount.after("其他(?:来源)?收入");

    private static final StatedAmount EXPENDITURE_TOTAL = StatedAmount.after(
            YEAR + "支出(?:总计|合计|总额)?|支出总计|支出合计|支出总额|总支出");
    private static final StatedAmount BASIC = StatedAmount.after("基本支出");
    private static final StatedAmount PERSONNEL = StatedAmount.after("人员经费|人员支出");
    private static final StatedAmount PUBLIC_USE = StatedAmount.after("日常公用经费|公用经费|公用支出");
    private static final StatedAmount PROJECT = StatedAmount.after("项目支出");
    private static final Pattern PROJECT_DESCRIPTION = Pattern.compile(
            "项目支出" + Figures.GLUE + Figures.AMOUNT + "[，,]\\s*(?<what>主要[^；;。\\n]*)");

    private static final String AGAINST = "(?:较|比)(?:上年|上一年|(?<prior>\\d{4})\\s*年)(?:度)?|与上年相比";
    private static final Pattern PRIOR_YEAR = Pattern.compile(AGAINST);
    private static final Pattern TOTAL_CHANGE = ChangeReader.after(AGAINST);
    private static final Pattern BASIC_CHANGE = ChangeReader.after("基本支出");
    private static final Pattern PROJECT_CHANGE = ChangeReader.after("项目支出");

    private static final Pattern REVENUE_PART = Pattern.compile("^\\d+\\s*[、.]\\s*收入");
    private static final Pattern EXPENDITURE_PART = Pattern.compile("^\\d+\\s*[、.]\\s*支出");
    private static final Pattern CHANGE_PART = Pattern.compile("^\\d+\\s*[、.]\\s*(?:比上年|较上年|与上年|上年)");

    private final ReadingContext context;
    private final int year;
    private final Passage revenuePart;
    private final Passage expenditurePart;
    private final Passage changePart;

    OverallReader(ReadingContext context, Layout.Range range, int year) {
        this.context = context;
        this.year = year;
        SourceText source = context.source();
        if (range == null) {
            revenuePart = Passage.EMPTY;
            expenditurePart = Passage.EMPTY;
            changePart = Passage.EMPTY;
            return;
        }
        int revenueLine = findLine(source, range, REVENUE_PART);
        int expenditureLine = findLine(source, range, EXPENDITURE_PART);
        int changeLine = findLine(source, range, CHANGE_PART);
        Passage whole = Passage.prose(source, range.first(), range.last());
        revenuePart = revenueLine > 0 ? Passage.prose(source, revenueLine, nextAfter(revenueLine, range, expenditureLine, changeLine)) : whole;
        expenditurePart = expenditureLine > 0 ? Passage.prose(source, expenditureLine, nextAfter(expenditureLine, range, revenueLine, changeLine)) : whole;
        changePart = changeLine > 0 ? Passage.prose(source, changeLine, nextAfter(changeLine, range, revenueLine, expenditureLine)) : whole;
    }

    private static int findLine(SourceText source, Layout.Range range, Pattern pattern) {
        for (int number = range.first(); number <= range.last(); number++) {
            String line = source.line(number);
            if (!SourceText.isTableLine(line) && pattern.matcher(SourceText.strip(line)).find()) {
                return number;
            }
        }
        return -1;
    }

    private static int nextAfter(int line, Layout.Range range, int... others) {
        int end = range.last();
        for (int other : others) {
            if (other > line && other - 1 < end) {
                end = other - 1;
            }
        }
        return end;
    }

    Revenue revenue() {
        Passage p = revenuePart;
        Section s = Section.REVENUE;
        return new Revenue(
                context.amount(p, REVENUE_TOTAL, s, "收入合计"),
                context.amount(p, GENERAL_PUBLIC, s, "一般公共预算收入"),
                context.amount(p, GOVERNMENT_FUND, s, "政府性基金预算收入"),
                context.amount(p, SPECIAL_ACCOUNT, s, "财政专户核拨收入"),
                context.amount(p, OTHER_REVENUE, s, "其他来源收入"));
    }

    Expenditure expenditure() {
        Passage p = expenditurePart;
        Section s = Section.EXPENDITURE;
        Money total = context.amount(p, EXPENDITURE_TOTAL, s, "支出合计");
        Money basic = context.amount(p, BASIC, s, "基本支出");
        Money personnel = context.amount(p, PERSONNEL, s, "人员经费");
        Money publicUse = context.amount(p, PUBLIC_USE, s, "日常公用经费");
        Money project = context.amount(p, PROJECT, s, "项目支出");
        Matcher description = PROJECT_DESCRIPTION.matcher(p.text());
        String projectDescription = description.find() ? description.group("what") : null;
        return new Expenditure(total, basic, personnel, publicUse, project, projectDescription);
    }

    PriorYearChange priorYearChange() {
        Passage p = changePart;
        Section s = Section.PRIOR_YEAR_CHANGE;
        Integer priorYear = null;
        Matcher against = PRIOR_YEAR.matcher(p.text());
        if (against.find()) {
            priorYear = against.group("prior") != null ? Integer.valueOf(against.group("prior")) : year - 1;
        }
        StatedChange total = ChangeReader.read(context, p, TOTAL_CHANGE, s, "支出比上年增减");
        StatedChange basic = ChangeReader.read(context, p, BASIC_CHANGE, s, "基本支出比上年增减");
        StatedChange project = ChangeReader.read(context, p, PROJECT_CHANGE, s, "项目支出比上年增减");
        return new PriorYearChange(priorYear, total, basic, project);
    }
}
