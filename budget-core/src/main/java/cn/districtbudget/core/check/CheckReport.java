package cn.districtbudget.core.check;

import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.finding.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;

/** The outcome of every rule of the catalogue on one disclosure, in catalogue order. */
public record CheckReport(List<RuleOutcome> outcomes) {

    public CheckReport {
        outcomes = List.copyOf(outcomes);
    }

    /** All findings of FAILED outcomes, ERROR first, then WARNING, then INFO; catalogue order within a severity. */
    public List<Finding> findings() {
        return outcomes.stream()
                .filter(o -> o.status() == RuleStatus.FAILED)
                .flatMap(o -> o.findings().stream())
                .sorted(Comparator.comparing(Finding::severity))
                .toList();
    }

    public boolean hasErrors() {
        return findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /** The outcome of the rule with {@code ruleId}. */
    public RuleOutcome outcome(String ruleId) {
        return outcomes.stream()
                .filter(o -> o.rule().equals(ruleId))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no outcome for rule " + ruleId));
    }
}
