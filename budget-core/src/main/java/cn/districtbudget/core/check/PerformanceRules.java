package cn.districtbudget.core.check;

import static cn.districtbudget.core.check.Figure.amount;

import cn.districtbudget.core.finding.Section;
import cn.districtbudget.core.finding.Severity;
import java.util.List;

/** Rules on the performance-target table (绩效目标). */
final class PerformanceRules {

    private PerformanceRules() {
    }

    static List<Rule> rules() {
        return List.of(
                Rule.single(new RuleDescription("PRF-ACTIVITY-BUDGET", Severity.WARNING,
                        List.of(Section.PERFORMANCE, Section.EXPENDITURE),
                        "职责活动预算不超过项目支出",
                        "绩效目标表中已填的职责活动年度预算数之和不应超过项目支出。"),
                        c -> Comparisons.notAbove(amount(Term.PROJECT, c.disclosure().expenditure().project()),
                                Term.ACTIVITY_BUDGETS.label(),
                                c.disclosure().performance().activities().stream()
                                        .filter(a -> a.budget() != null)
                                        .map(a -> amount(a.name(), a.budget()))
                                        .toList(),
                                c.tolerance())));
    }
}
