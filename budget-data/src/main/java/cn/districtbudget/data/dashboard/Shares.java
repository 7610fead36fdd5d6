package cn.districtbudget.data.dashboard;

import cn.districtbudget.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact share arithmetic for read models: part / whole as a fraction with 4 decimals, null when unknown. */
public final class Shares {

    private Shares() {
    }

    /** part / whole (0.0000 .. 1.0000 for a proper part); null when either is null or the whole is zero. */
    public static BigDecimal of(Money part, Money whole) {
        if (part == null || whole == null || whole.isZero()) {
            return null;
        }
        return part.yuan().divide(whole.yuan(), 4, RoundingMode.HALF_UP);
    }

    /** a - b, null when either is null. */
    public static Money difference(Money a, Money b) {
        return a == null || b == null ? null : a.minus(b);
    }
}
