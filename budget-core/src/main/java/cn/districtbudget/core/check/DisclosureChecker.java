package cn.districtbudget.core.check;

import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.grading.ScaleIssue;
import cn.districtbudget.core.grading.ScaleReview;
import java.util.List;
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
     * kind for the year its stated changes refer to. A prior-year disclosure of another year or kind is not used:
     * the rules that need it report INSUFFICIENT_DATA saying why.
     */
    public CheckReport check(Disclosure disclosure, Disclosure priorYear) {
        Objects.requireNonNull(disclosure, "disclosure");
        String problem = priorYear == null ? null : mismatch(disclosure, priorYear);
        List<ScaleIssue> scaleIssues = ScaleReview.scales(disclosure.performance()).stream()
                .flatMap(scale -> scale.issues().stream())
                .toList();
        RuleContext context = new RuleContext(disclosure, problem == null ? priorYear : null, options.tolerance(),
                problem, scaleIssues);
        return new CheckReport(RuleCatalogue.rules().stream().map(rule -> rule.evaluate(context)).toList());
    }

    /** Why {@code priorYear} cannot be compared with {@code disclosure}'s stated changes; null when it can. */
    private static String mismatch(Disclosure disclosure, Disclosure priorYear) {
        Integer named = disclosure.priorYearChange().priorYear();
        int expected = named != null ? named : disclosure.year() - 1;
        if (priorYear.year() != expected) {
            return "所给上年公开说明为" + priorYear.year() + "年，本年说明的增减针对" + expected + "年";
        }
        if (priorYear.kind() != disclosure.kind()) {
            return "所给上年公开说明为" + priorYear.kind().label() + "，本年为" + disclosure.kind().label();
        }
        return null;
    }
}
