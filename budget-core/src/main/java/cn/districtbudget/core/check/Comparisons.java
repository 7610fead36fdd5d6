package cn.districtbudget.core.check;

import cn.districtbudget.core.money.Money;
import java.util.List;
import java.util.stream.Collectors;

/** The comparisons rules are made of, each returning a {@link Verdict} with a message quoting the figures. */
final class Comparisons {

    /** How a sum treats parts that are not stated. */
    enum Blanks {
        /** Any part not stated: insufficient data. */
        STRICT,
        /**
         * Parts are amounts (never negative) and blank ones are routine (empty table cells): the stated parts must
         * account for the total. Stated parts above the total fail; below it, the blanks might hold the rest.
         */
        NON_NEGATIVE,
        /**
         * Parts are signed changes and unstated ones are routine (unchanged items not mentioned): the stated parts
         * must account for the total; otherwise the unstated parts might hold the rest.
         */
        SIGNED
    }

    private Comparisons() {
    }

    /** {@code total} = sum of {@code parts}, within {@code tolerance}. */
    static Verdict sum(Figure total, List<Figure> parts, Money tolerance, Blanks blanks) {
        List<Figure> stated = parts.stream().filter(Figure::stated).toList();
        List<Figure> unstated = parts.stream().filter(p -> !p.stated()).toList();
        if (!total.stated()) {
            return Verdict.missing("未列明" + total.label());
        }
        if (stated.isEmpty() || (blanks == Blanks.STRICT && !unstated.isEmpty())) {
            return Verdict.missing("未列明" + labels(unstated));
        }
        Money sum = stated.stream().map(Figure::amount).reduce(Money.ZERO, Money::plus);
        if (sum.closeTo(total.amount(), tolerance)) {
            return Verdict.PASS;
        }
        String equation = total.text() + " ≠ " + terms(stated) + " = " + total.format(sum)
                + "，相差" + sum.minus(total.amount()).abs().toWanString();
        if (unstated.isEmpty()) {
            return Verdict.fail(equation);
        }
        boolean definitelyAbove = blanks == Blanks.NON_NEGATIVE && sum.compareTo(total.amount()) > 0;
        if (definitelyAbove) {
            return Verdict.fail(equation + "（未列明：" + labels(unstated) + "）");
        }
        return Verdict.missing("已列明部分不等于合计（" + equation + "），未列明的" + labels(unstated) + "可能构成差额");
    }

    /** {@code left} = {@code right}, within {@code tolerance}. */
    static Verdict same(Figure left, Figure right, Money tolerance) {
        if (!left.stated() || !right.stated()) {
            return Verdict.missing("未列明" + labels(List.of(left, right).stream().filter(f -> !f.stated()).toList()));
        }
        if (left.amount().closeTo(right.amount(), tolerance)) {
            return Verdict.PASS;
        }
        return Verdict.fail(left.text() + " ≠ " + right.text() + "，相差"
                + left.amount().minus(right.amount()).abs().toWanString());
    }

    /**
     * The stated {@code parts} (amounts, never negative) do not exceed {@code limit}; {@code sumLabel} names their sum.
     * Unstated parts could only add, so a stated sum above the limit fails even when some parts are blank.
     */
    static Verdict notAbove(Figure limit, String sumLabel, List<Figure> parts, Money tolerance) {
        List<Figure> stated = parts.stream().filter(Figure::stated).toList();
        if (!limit.stated()) {
            return Verdict.missing("未列明" + limit.label());
        }
        if (stated.isEmpty()) {
            return Verdict.missing("未列明" + sumLabel);
        }
        Money sum = stated.stream().map(Figure::amount).reduce(Money.ZERO, Money::plus);
        Money excess = sum.minus(limit.amount());
        if (excess.compareTo(tolerance) > 0) {
            return Verdict.fail(sumLabel + sum.toWanString() + "（" + terms(stated) + "） > " + limit.text()
                    + "，超出" + excess.toWanString());
        }
        if (stated.size() < parts.size()) {
            return Verdict.missing("未列明" + labels(parts.stream().filter(p -> !p.stated()).toList()));
        }
        return Verdict.PASS;
    }

    /** "A + B + C" of the figures' texts. */
    static String terms(List<Figure> figures) {
        return figures.stream().map(Figure::text).collect(Collectors.joining(" + "));
    }

    /** "A、B" of the figures' labels. */
    static String labels(List<Figure> figures) {
        return figures.stream().map(Figure::label).collect(Collectors.joining("、"));
    }
}
