package cn.districtbudget.core.check;

import static cn.districtbudget.core.check.Figure.amount;

import cn.districtbudget.core.disclosure.OperatingCosts;
import cn.districtbudget.core.disclosure.UnitNature;
import cn.districtbudget.core.finding.Section;
import cn.districtbudget.core.finding.Severity;
import cn.districtbudget.core.money.Money;
import java.util.List;

/** Rules on agency operating costs (机关运行经费). */
final class OperatingCostRules {

    private OperatingCostRules() {
    }

    static List<Rule> rules() {
        return List.of(
                Rule.single(new RuleDescription("OPC-ITEMS-WITHIN-TOTAL", Severity.ERROR,
                        List.of(Section.OPERATING_COSTS),
                        "机关运行经费明细不超过合计",
                        "机关运行经费各明细项之和不得超过机关运行经费合计。"),
                        c -> {
                            OperatingCosts o = c.disclosure().operatingCosts();
                            return Comparisons.notAbove(amount(Term.OPERATING_COSTS, o.total()),
                                    Term.OPERATING_COST_LINES.label(), lines(o), c.tolerance());
                        }),
                Rule.single(new RuleDescription("OPC-UNITEMISED", Severity.INFO,
                        List.of(Section.OPERATING_COSTS),
                        "机关运行经费未列明细部分",
                        "机关运行经费合计大于各明细项之和时，提示未列明细的余额。"),
                        OperatingCostRules::unitemised),
                Rule.single(new RuleDescription("OPC-EQUALS-PUBLIC-USE", Severity.ERROR,
                        List.of(Section.OPERATING_COSTS, Section.EXPENDITURE),
                        "行政单位机关运行经费等于日常公用经费",
                        "行政单位的机关运行经费应等于基本支出中的日常公用经费；仅适用于行政单位，"
                                + "单位性质未列明时数据不足。"),
                        OperatingCostRules::equalsPublicUse));
    }

    private static List<Figure> lines(OperatingCosts costs) {
        return costs.items().stream().map(item -> amount(item.name(), item.amount())).toList();
    }

    private static Verdict unitemised(RuleContext c) {
        OperatingCosts costs = c.disclosure().operatingCosts();
        List<Figure> lines = lines(costs);
        if (costs.total() == null) {
            return Verdict.missing("未列明" + Term.OPERATING_COSTS.label());
        }
        if (lines.isEmpty() || lines.stream().anyMatch(l -> !l.stated())) {
            return Verdict.missing("未完整列明机关运行经费明细");
        }
        Money sum = lines.stream().map(Figure::amount).reduce(Money.ZERO, Money::plus);
        Money remainder = costs.total().minus(sum);
        if (remainder.compareTo(c.tolerance()) <= 0) {
            return Verdict.PASS;
        }
        return Verdict.fail(Term.OPERATING_COSTS.label() + costs.total().toWanString() + "中未列明细"
                + remainder.toWanString() + "：" + Term.OPERATING_COST_LINES.label() + sum.toWanString()
                + "（" + Comparisons.terms(lines) + "）");
    }

    private static Verdict equalsPublicUse(RuleContext c) {
        UnitNature nature = c.disclosure().department().nature();
        if (nature == null) {
            return Verdict.missing("未列明单位性质");
        }
        if (nature != UnitNature.ADMINISTRATIVE) {
            return Verdict.missing("不适用：单位性质为" + nature.label() + "，本规则仅适用于行政单位");
        }
        Verdict verdict = Comparisons.same(amount(Term.OPERATING_COSTS, c.disclosure().operatingCosts().total()),
                amount(Term.PUBLIC_USE, c.disclosure().expenditure().publicUse()), c.tolerance());
        if (verdict instanceof Verdict.Fail fail) {
            return Verdict.fail(fail.message() + "（行政单位二者应相等）");
        }
        return verdict;
    }
}
