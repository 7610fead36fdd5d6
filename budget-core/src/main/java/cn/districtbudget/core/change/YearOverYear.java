package cn.districtbudget.core.change;

import cn.districtbudget.core.money.Money;

/** Small, pure year-over-year arithmetic. Every method returns null when an input is null (not stated). */
public final class YearOverYear {

    private YearOverYear() {
    }

    /**
     * The prior-year figure implied by this year's figure and its stated signed change:
     * 95.75 with a change of -1.44 gives 97.19.
     */
    public static Money priorFromChange(Money current, Money statedChange) {
        if (current == null || statedChange == null) {
            return null;
        }
        return current.minus(statedChange);
    }

    /** The actual signed change from {@code prior} to {@code current}. */
    public static Money actualChange(Money prior, Money current) {
        if (prior == null || current == null) {
            return null;
        }
        return current.minus(prior);
    }

    /** The growth rate from {@code prior} to {@code current}; see {@link GrowthRate}. */
    public static GrowthRate growth(Money prior, Money current) {
        return GrowthRate.between(prior, current);
    }
}
