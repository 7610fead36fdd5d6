package cn.districtbudget.core.check;

import cn.districtbudget.core.money.Money;

/**
 * A labelled amount as a message quotes it: {@code 基本支出95.25万元}; a change is shown with its sign
 * ({@code 基本支出比上年增减+24.06万元}). {@code amount} is null when not stated.
 */
record Figure(String label, Money amount, boolean signed) {

    static Figure amount(String label, Money amount) {
        return new Figure(label, amount, false);
    }

    static Figure amount(Term term, Money amount) {
        return amount(term.label(), amount);
    }

    static Figure change(Term term, Money change) {
        return new Figure(term.changeLabel(), change, true);
    }

    boolean stated() {
        return amount != null;
    }

    String text() {
        return label + format(amount);
    }

    /** An amount in this figure's style (signed or not). */
    String format(Money value) {
        return signed ? signedWan(value) : value.toWanString();
    }

    static String signedWan(Money value) {
        return (value.signum() > 0 ? "+" : "") + value.toWanString();
    }
}
