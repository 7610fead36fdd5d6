package cn.districtbudget.core.check;

import cn.districtbudget.core.money.Money;
import java.util.Objects;

/** Options of a check: the rounding tolerance within which two amounts count as equal (default 0.01万元). */
public record CheckOptions(Money tolerance) {

    public static final Money DEFAULT_TOLERANCE = Money.ofWan("0.01");

    public CheckOptions {
        Objects.requireNonNull(tolerance, "tolerance");
        if (tolerance.signum() < 0) {
            throw new IllegalArgumentException("tolerance must not be negative: " + tolerance);
        }
    }

    public static CheckOptions defaults() {
        return new CheckOptions(DEFAULT_TOLERANCE);
    }
}
