package cn.districtbudget.core.check;

import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One rule of the catalogue: a description and one or more comparisons. The outcome is FAILED when any comparison
 * fails, PASSED when at least one comparison could be made and none failed, INSUFFICIENT_DATA when none could be made.
 */
final class Rule {

    private final RuleDescription description;
    private final Function<RuleContext, List<Verdict>> comparisons;

    private Rule(RuleDescription description, Function<RuleContext, List<Verdict>> comparisons) {
        this.description = description;
        this.comparisons = comparisons;
    }

    static Rule of(RuleDescription description, Function<RuleContext, List<Verdict>> comparisons) {
        return new Rule(description, comparisons);
    }

    static Rule single(RuleDescription description, Function<RuleContext, Verdict> comparison) {
        return new Rule(description, context -> List.of(comparison.apply(context)));
    }

    RuleDescription description() {
        return description;
    }

    RuleOutcome evaluate(RuleContext context) {
        List<Verdict> verdicts = comparisons.apply(context);
        List<Finding> failures = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        boolean anyPassed = false;
        for (Verdict verdict : verdicts) {
            if (verdict instanceof Verdict.Fail fail) {
                failures.add(new Finding(description.id(), description.severity(),
                        fail.section() != null ? fail.section() : description.primarySection(), fail.message()));
            } else if (verdict instanceof Verdict.Missing gap) {
                missing.add(gap.reason());
            } else {
                anyPassed = true;
            }
        }
        if (!failures.isEmpty()) {
            return new RuleOutcome(description.id(), RuleStatus.FAILED, failures);
        }
        if (anyPassed) {
            return new RuleOutcome(description.id(), RuleStatus.PASSED, List.of());
        }
        String reason = "数据不足：" + String.join("；", missing);
        return new RuleOutcome(description.id(), RuleStatus.INSUFFICIENT_DATA,
                List.of(new Finding(description.id(), Severity.INFO, description.primarySection(), reason)));
    }
}
