package cn.districtbudget.core.check;

import cn.districtbudget.core.disclosure.Disclosure;
import java.util.Objects;

/** Runs every rule of the {@link RuleCatalogue} on a disclosure. Stateless and thread-safe. */
public final class DisclosureChecker {

    private final CheckOptions options;

    public DisclosureChecker() {
        this(CheckOptions.defaults());
    }

    public DisclosureChecker(CheckOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Checks without the prior year's disclosure: rules that need it report INSUFFICIENT_DATA. */
    public CheckReport check(Disclosure disclosure) {
        return check(disclosure, null);
    }

    /**
     * Checks {@code disclosure}; {@code priorYear} (may be null) is the same department's disclosure of the same
     * kind for the year its stated changes refer to.
     *
     * @throws IllegalArgumentException when {@code priorYear} is of another year or kind
     */
    public CheckReport check(Disclosure disclosure, Disclosure priorYear) {
        Objects.requireNonNull(disclosure, "disclosure");
        if (priorYear != null) {
            requireMatchingPriorYear(disclosure, priorYear);
        }
        RuleContext context = new RuleContext(disclosure, priorYear, options.tolerance());
        return new CheckReport(RuleCatalogue.rules().stream().map(rule -> rule.evaluate(context)).toList());
    }

    private static void requireMatchingPriorYear(Disclosure disclosure, Disclosure priorYear) {
        Integer named = disclosure.priorYearChange().priorYear();
        int expected = named != null ? named : disclosure.year() - 1;
        if (priorYear.year() != expected) {
            throw new IllegalArgumentException("prior-year disclosure is of " + priorYear.year()
                    + ", the stated changes refer to " + expected);
        }
        if (priorYear.kind() != disclosure.kind()) {
            throw new IllegalArgumentException("prior-year disclosure is a " + priorYear.kind()
                    + ", this one a " + disclosure.kind());
        }
    }
}
