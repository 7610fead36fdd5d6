package cn.districtbudget.core.assembly;

import cn.districtbudget.core.disclosure.Concept;
import cn.districtbudget.core.disclosure.StatedFigure;
import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.finding.Section;
import cn.districtbudget.core.money.Money;
import cn.districtbudget.core.money.MoneyUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Every money figure the running text states compared with the same figure in a table. The text may round to the
 * unit it prints: {@code 17,192万元} agrees with {@code 171,915,169元} (the table's figure, in 万元 with no decimals,
 * is 17,192), {@code 17,191.5万元} does not agree with it. Nothing else is allowed.
 */
final class TextTableComparison {

    /** The printed number and unit at the end of a figure's words, e.g. {@code …为1,537.40万元}. */
    private static final Pattern PRINTED = Pattern.compile("(\\d[\\d,，]*(?:\\.\\d+)?)\\s*(亿元|万元|元)");

    private TextTableComparison() {
    }

    static List<Finding> compare(List<StatedFigure> text, List<StatedFigure> tables) {
        List<Finding> findings = new ArrayList<>();
        for (StatedFigure table : tables) {
            Money tableAmount = table.money();
            if (tableAmount == null) {
                continue;
            }
            for (StatedFigure stated : text) {
                if (stated.change() || stated.concept() != table.concept() || stated.money() == null
                        || stated.evidence() == null || table.evidence() == null) {
                    continue;
                }
                Printed printed = printed(stated);
                if (printed == null || agrees(printed, tableAmount)) {
                    continue;
                }
                findings.add(new Finding(AssemblyRule.TEXT_TABLE_MISMATCH.id(),
                        AssemblyRule.TEXT_TABLE_MISMATCH.severity(), section(stated.concept()),
                        "文字写明" + stated.concept().label() + printed.number.toPlainString() + printed.unit.label()
                                + "（“" + stated.evidence().words() + "”），表中为" + table.evidence().words()
                                + table.unit() + "（" + table.evidence().place() + "，合"
                                + tableAmount.in(printed.unit).stripTrailingZeros().toPlainString()
                                + printed.unit.label() + "），不一致",
                        stated.evidence().line()));
            }
        }
        return findings;
    }

    /** True when the table's amount, rounded to the places the text prints, is the text's number. */
    static boolean agrees(Printed printed, Money tableAmount) {
        BigDecimal inUnit = tableAmount.in(printed.unit);
        BigDecimal halfStep = BigDecimal.ONE.movePointLeft(printed.decimals()).divide(BigDecimal.valueOf(2));
        return inUnit.subtract(printed.number).abs().compareTo(halfStep) <= 0;
    }

    /** The number as printed with its unit; null when the words do not show it (then it is not compared). */
    static @Nullable Printed printed(StatedFigure figure) {
        Money amount = figure.money();
        if (figure.evidence() == null || amount == null) {
            return null;
        }
        Matcher m = PRINTED.matcher(figure.evidence().words());
        Printed last = null;
        while (m.find()) {
            MoneyUnit unit = switch (m.group(2)) {
                case "亿元" -> MoneyUnit.YI_YUAN;
                case "万元" -> MoneyUnit.WAN_YUAN;
                default -> MoneyUnit.YUAN;
            };
            BigDecimal number = new BigDecimal(m.group(1).replace(",", "").replace("，", ""));
            last = new Printed(number, unit);
        }
        if (last == null || Money.of(last.number, last.unit).compareTo(amount) != 0) {
            return null; // the words show another number than the figure: do not guess which was meant
        }
        return last;
    }

    record Printed(BigDecimal number, MoneyUnit unit) {
        int decimals() {
            return Math.max(0, number.scale());
        }
    }

    private static Section section(Concept concept) {
        String key = concept.key();
        if (key.startsWith("revenue")) {
            return Section.REVENUE;
        }
        if (key.startsWith("threePublic")) {
            return Section.THREE_PUBLIC;
        }
        if (key.startsWith("operatingCost")) {
            return Section.OPERATING_COSTS;
        }
        if (key.startsWith("expenditure") || key.startsWith("generalPublic")) {
            return Section.EXPENDITURE;
        }
        return Section.DOCUMENT;
    }
}
