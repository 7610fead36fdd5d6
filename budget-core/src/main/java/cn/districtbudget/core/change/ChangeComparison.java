package cn.districtbudget.core.change;

import cn.districtbudget.core.money.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * A stated change (比上年增减) set against the actual difference between the two years' own figures.
 */
public record ChangeComparison(Money stated, Money prior, Money current) {

    public ChangeComparison {
        Objects.requireNonNull(stated, "stated");
        Objects.requireNonNull(prior, "prior");
        Objects.requireNonNull(current, "current");
    }

    /** A comparison when all three figures are stated; empty otherwise. */
    public static Optional<ChangeComparison> of(Money stated, Money prior, Money current) {
        if (stated == null || prior == null || current == null) {
            return Optional.empty();
        }
        return Optional.of(new ChangeComparison(stated, prior, current));
    }

    /** current - prior. */
    public Money actual() {
        return current.minus(prior);
    }

    /** stated - actual (signed). */
    public Money discrepancy() {
        return stated.minus(actual());
    }

    /** True when the stated change is within {@code tolerance} of the actual change. */
    public boolean agrees(Money tolerance) {
        return stated.closeTo(actual(), tolerance);
    }
}
