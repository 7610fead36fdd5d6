package cn.districtbudget.core.check;

import java.util.List;
import java.util.stream.Stream;

/** Every cross-footing rule, in the order the checker runs them and reports show them. */
public final class RuleCatalogue {

    private static final List<Rule> RULES = Stream.of(
                    RevenueExpenditureRules.rules(),
                    FinalAccountsRules.rules(),
                    ChangeRules.rules(),
                    OperatingCostRules.rules(),
                    ThreePublicRules.rules(),
                    AssetRules.rules(),
                    PerformanceRules.rules(),
                    GradingRules.rules())
            .flatMap(List::stream)
            .toList();

    private RuleCatalogue() {
    }

    /** The descriptions of all rules (id, severity, sections, Chinese title and description). */
    public static List<RuleDescription> all() {
        return RULES.stream().map(Rule::description).toList();
    }

    static List<Rule> rules() {
        return RULES;
    }
}
