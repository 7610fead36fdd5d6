package cn.districtbudget.ui.shell;

import cn.districtbudget.core.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the dashboards print figures: 万元 with two decimals, shares as percentages, "—" for not stated. */
public final class Amounts {

    public static final String NOT_STATED = "—";

    private Amounts() {
    }

    /** {@code 95.75}, {@code 9.30}; "—" when not stated. */
    public static String wan(Money money) {
        return money == null ? NOT_STATED : money.toWanFixed2();
    }

    /** {@code 95.75 万元}. */
    public static String wanWithUnit(Money money) {
        return money == null ? NOT_STATED : money.toWanFixed2() + " 万元";
    }

    /** A signed change: {@code +1.44}, {@code -25.50}, {@code 0.00}. */
    public static String signedWan(Money change) {
        if (change == null) {
            return NOT_STATED;
        }
        return (change.signum() > 0 ? "+" : "") + change.toWanFixed2();
    }

    /** A fraction (0.7435) as {@code 74.35%}. */
    public static String percent(BigDecimal fraction) {
        return fraction == null ? NOT_STATED
                : fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** The amount in 万元 for charts (exact, two decimals half-up), null when not stated. */
    public static BigDecimal chartWan(Money money) {
        return money == null ? null : new BigDecimal(money.toWanFixed2());
    }
}
