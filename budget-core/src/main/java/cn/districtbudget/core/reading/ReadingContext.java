package cn.districtbudget.core.reading;

import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.finding.Section;
import cn.districtbudget.core.money.Money;
import cn.districtbudget.core.money.MoneyUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** State of one reading: the source, the findings so far and the units the amounts were stated in. */
final class ReadingContext {

    private final SourceText source;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<MoneyUnit, Integer> unitVotes = new EnumMap<>(MoneyUnit.class);
    private MoneyUnit firstUnit;
    private boolean unplacedAmounts;

    ReadingContext(SourceText source) {
        this.source = source;
    }

    SourceText source() {
        return source;
    }

    List<Finding> findings() {
        return findings;
    }

    void report(ReadingRule rule, Section section, String message, Integer line) {
        findings.add(rule.finding(section, message, line));
    }

    /** Reports an amount the text states but the reader could not give a meaning (no unit, unclear, stated twice). */
    void reportUnplaced(ReadingRule rule, Section section, String message, Integer line) {
        unplacedAmounts = true;
        report(rule, section, message, line);
    }

    /** True when an amount was stated but not placed: the text states figures even if none was read. */
    boolean hasUnplacedAmounts() {
        return unplacedAmounts;
    }

    /** Records that an amount was stated in {@code unit}. */
    void sawUnit(MoneyUnit unit) {
        if (unit == null) {
            return;
        }
        if (firstUnit == null) {
            firstUnit = unit;
        }
        unitVotes.merge(unit, 1, Integer::sum);
    }

    /** The unit most amounts were stated in (the first one seen on a tie); null when none was seen. */
    MoneyUnit publishedUnit() {
        MoneyUnit best = firstUnit;
        for (Map.Entry<MoneyUnit, Integer> vote : unitVotes.entrySet()) {
            if (best == null || vote.getValue() > unitVotes.get(best)) {
                best = vote.getKey();
            }
        }
        return best;
    }

    /**
     * Money for a number in a unit; null (with a finding) when the amount has finer precision than a fen.
     */
    Money money(BigDecimal number, MoneyUnit unit, Section section, String what, Integer line) {
        try {
            Money money = Money.of(number, unit);
            sawUnit(unit);
            return money;
        } catch (ArithmeticException e) {
            report(ReadingRule.FIGURE_AMBIGUOUS, section,
                    what + "的金额“" + number.toPlainString() + unit.label() + "”精确到分以下，未读取", line);
            return null;
        }
    }

    /**
     * The amount stated right after a label in the passage ({@code 基本支出95.25万元}). When the label is
     * stated with different amounts, or with a number but no money unit, the figure is left absent and reported.
     */
    Money amount(Passage passage, StatedAmount pattern, Section section, String what) {
        Matcher matcher = pattern.withUnit().matcher(passage.text());
        Money found = null;
        Integer foundLine = null;
        while (matcher.find()) {
            Integer line = passage.lineAt(matcher.start());
            Money money = money(Figures.number(matcher), Figures.unit(matcher), section, what, line);
            if (money == null) {
                return null;
            }
            if (found == null) {
                found = money;
                foundLine = line;
            } else if (found.compareTo(money) != 0) {
                report(ReadingRule.FIGURE_AMBIGUOUS, section, what + "出现不同数额：第" + foundLine + "行为"
                        + found.toWanString() + "，第" + line + "行为" + money.toWanString() + "，未读取", line);
                return null;
            }
        }
        if (found == null) {
            Matcher bare = pattern.withoutUnit().matcher(passage.text());
            if (bare.find()) {
                report(ReadingRule.UNIT_UNKNOWN, section,
                        what + "“" + bare.group("num") + "”没有金额单位，未读取", passage.lineAt(bare.start()));
            }
        }
        return found;
    }

    /** A label followed by an amount, as two patterns: with its unit, and the same number with no unit. */
    record StatedAmount(Pattern withUnit, Pattern withoutUnit) {

        static StatedAmount after(String label) {
            return new StatedAmount(
                    Pattern.compile("(?:" + label + ")" + Figures.GLUE + Figures.AMOUNT),
                    Pattern.compile("(?:" + label + ")" + Figures.GLUE + Figures.NUMBER
                            + "(?![\\d.,，%％]|\\s*(?:亿元|万元|元|%|个|人|次|辆|台|年|月|日|项|平方米))"));
        }
    }
}
