package cn.districtbudget.core.check;

import cn.districtbudget.core.finding.Finding;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one rule on one disclosure. FAILED outcomes carry the findings; an INSUFFICIENT_DATA outcome
 * carries one INFO finding naming what is missing (not counted by {@link CheckReport#findings()}); PASSED none.
 */
public record RuleOutcome(String rule, RuleStatus status, List<Finding> findings) {

    public RuleOutcome {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(status, "status");
        findings = findings == null ? List.of() : List.copyOf(findings);
    }
}
