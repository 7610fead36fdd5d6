package cn.districtbudget.core.reading;

import cn.districtbudget.core.disclosure.StatedChange;
import cn.districtbudget.core.finding.Section;
import cn.districtbudget.core.money.Money;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stated changes on the prior year: {@code 基本支出增加24.06万元，主要为人员工资支出} is +24.06 with its
 * explanation; {@code 减少} gives a negative amount; {@code 与上年持平}, {@code 无变化}, {@code 没有变化} are a
 * stated zero.
 */
final class ChangeReader {

    private static final String UP = "增加|增长|上升|提高|增";
    private static final String DOWN = "减少|下降|降低|压缩|减";
    private static final String SAME = "与上年持平|与上年度持平|持平|无变化|没有变化|未发生变化|无增减|没有增减|不变|没有";

    private ChangeReader() {
    }

    /** A change pattern for the label: label, up to 16 characters of the same clause, then the change. */
    static Pattern after(String label) {
        return Pattern.compile("(?:" + label + ")[^，,。；;\\n]{0,16}?"
                + "(?:(?<dir>" + UP + "|" + DOWN + ")了?\\s*" + Figures.AMOUNT + "|(?<same>" + SAME + "))"
                + "(?:[，,]\\s*(?<why>主要[^；;。\\n]*))?");
    }

    /** The first stated change for the pattern in the passage; null when the text states none. */
    static StatedChange read(ReadingContext context, Passage passage, Pattern pattern, Section section, String what) {
        Matcher matcher = pattern.matcher(passage.text());
        if (!matcher.find()) {
            return null;
        }
        Integer line = passage.lineAt(matcher.start());
        Money amount;
        if (matcher.group("same") != null) {
            amount = Money.ZERO;
        } else {
            amount = context.money(Figures.number(matcher), Figures.unit(matcher), section, what, line);
            if (amount == null) {
                return null;
            }
            if (matcher.group("dir").matches(DOWN)) {
                amount = amount.negate();
            }
        }
        return new StatedChange(amount, matcher.group("why"));
    }
}
