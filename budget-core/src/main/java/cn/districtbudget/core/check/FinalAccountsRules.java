package cn.districtbudget.core.check;

import static cn.districtbudget.core.check.Figure.amount;

import cn.districtbudget.core.check.Comparisons.Blanks;
import cn.districtbudget.core.disclosure.Concept;
import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.core.finding.Section;
import cn.districtbudget.core.finding.Severity;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import cn.districtbudget.core.money.Money;

/**
 * The final-accounts identities (部门决算): 收入总计 = 支出总计; 收入总计 = 本年收入合计 + 年初结转和结余 +
 * 使用非财政拨款结余; 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余. They run on final accounts only; a budget
 * gets INSUFFICIENT_DATA (not a 决算).
 */
final class FinalAccountsRules {

    private FinalAccountsRules() {
    }

    static List<Rule> rules() {
        return List.of(
                Rule.single(new RuleDescription("FIN-GRAND-TOTALS-EQUAL", Severity.ERROR,
                        List.of(Section.REVENUE, Section.EXPENDITURE), "决算收入总计等于支出总计",
                        "部门决算中收入总计（含年初结转和结余）应等于支出总计（含年末结转和结余）。"),
                        finalOnly((d, t) -> Comparisons.same(
                                amount("收入总计", d.amount(Concept.REVENUE_GRAND_TOTAL)),
                                amount("支出总计", d.amount(Concept.EXPENDITURE_GRAND_TOTAL)), t))),
                Rule.single(new RuleDescription("FIN-REVENUE-GRAND-TOTAL-SUM", Severity.ERROR, List.of(Section.REVENUE),
                        "决算收入总计等于本年收入合计加年初结转和结余加使用非财政拨款结余",
                        "收入总计 = 本年收入合计 + 年初结转和结余 + 使用非财政拨款结余；未列明的部分视为空白，已列明部分之和超过总计即不符。"),
                        finalOnly((d, t) -> Comparisons.sum(amount("收入总计", d.amount(Concept.REVENUE_GRAND_TOTAL)), List.of(
                                amount("本年收入合计", d.amount(Concept.REVENUE_TOTAL)),
                                amount("年初结转和结余", d.amount(Concept.REVENUE_CARRIED_FORWARD)),
                                amount("使用非财政拨款结余", d.amount(Concept.REVENUE_USE_OF_NON_FISCAL_BALANCE))),
                                t, Blanks.NON_NEGATIVE))),
                Rule.single(new RuleDescription("FIN-EXPENDITURE-GRAND-TOTAL-SUM", Severity.ERROR,
                        List.of(Section.EXPENDITURE),
                        "决算支出总计等于本年支出合计加结余分配加年末结转和结余",
                        "支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余；未列明的部分视为空白，已列明部分之和超过总计即不符。"),
                        finalOnly((d, t) -> Comparisons.sum(amount("支出总计", d.amount(Concept.EXPENDITURE_GRAND_TOTAL)),
                                List.of(amount("本年支出合计", d.amount(Concept.EXPENDITURE_TOTAL)),
                                        amount("结余分配", d.amount(Concept.EXPENDITURE_BALANCE_DISTRIBUTION)),
                                        amount("年末结转和结余", d.amount(Concept.EXPENDITURE_CARRIED_OVER))),
                                t, Blanks.NON_NEGATIVE))));
    }

    /** The comparison for a final account; for a budget, INSUFFICIENT_DATA saying the rule is for 决算. */
    static Function<RuleContext, Verdict> finalOnly(BiFunction<Disclosure, Money, Verdict> comparison) {
        return c -> c.disclosure().kind() == DisclosureKind.FINAL_ACCOUNTS
                ? comparison.apply(c.disclosure(), c.tolerance())
                : Verdict.missing("仅适用于部门决算");
    }
}
