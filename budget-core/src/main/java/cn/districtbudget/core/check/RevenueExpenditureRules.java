package cn.districtbudget.core.check;

import static cn.districtbudget.core.check.Figure.amount;

import cn.districtbudget.core.check.Comparisons.Blanks;
import cn.districtbudget.core.disclosure.Concept;
import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.core.disclosure.Expenditure;
import cn.districtbudget.core.disclosure.Revenue;
import cn.districtbudget.core.finding.Section;
import cn.districtbudget.core.finding.Severity;
import java.util.List;

/** Rules on revenue (收入) and expenditure (支出). */
final class RevenueExpenditureRules {

    private RevenueExpenditureRules() {
    }

    private static boolean isFinal(RuleContext c) {
        return c.disclosure().kind() == DisclosureKind.FINAL_ACCOUNTS;
    }

    static List<Rule> rules() {
        return List.of(
                Rule.single(new RuleDescription("REV-SOURCES-SUM", Severity.ERROR, List.of(Section.REVENUE),
                        "收入来源合计等于收入合计",
                        "一般公共预算收入、基金预算收入、财政专户核拨收入与其他来源收入之和应等于收入合计；"
                                + "未列明的来源视为空白，已列明来源须能构成合计。"),
                        c -> {
                            Revenue r = c.disclosure().revenue();
                            if (isFinal(c)) {
                                Disclosure d = c.disclosure();
                                return Comparisons.sum(amount("本年收入合计", r.total()), List.of(
                                        amount("财政拨款收入", d.amount(Concept.REVENUE_FISCAL_APPROPRIATION)),
                                        amount("上级补助收入", d.amount(Concept.REVENUE_SUPERIOR_SUBSIDY)),
                                        amount("事业收入", d.amount(Concept.REVENUE_BUSINESS)),
                                        amount("经营收入", d.amount(Concept.REVENUE_OPERATING)),
                                        amount("附属单位上缴收入", d.amount(Concept.REVENUE_SUBORDINATE_REMITTANCE)),
                                        amount("其他收入", r.other())), c.tolerance(), Blanks.NON_NEGATIVE);
                            }
                            return Comparisons.sum(amount(Term.REVENUE_TOTAL, r.total()), List.of(
                                    amount(Term.GENERAL_PUBLIC_BUDGET, r.generalPublicBudget()),
                                    amount(Term.GOVERNMENT_FUND, r.governmentFund()),
                                    amount(Term.SPECIAL_ACCOUNT, r.specialAccount()),
                                    amount(Term.OTHER_REVENUE, r.other())), c.tolerance(), Blanks.NON_NEGATIVE);
                        }),
                Rule.single(new RuleDescription("REV-EQUALS-EXP", Severity.ERROR,
                        List.of(Section.REVENUE, Section.EXPENDITURE),
                        "收入合计等于支出合计",
                        "综合预算制度下全部收入和支出都反映在预算中，收入合计应等于支出合计。"),
                        c -> isFinal(c)
                                ? Verdict.missing("部门决算的本年收支含结转结余，按收入总计等于支出总计检查（FIN-GRAND-TOTALS-EQUAL）")
                                : Comparisons.same(amount(Term.REVENUE_TOTAL, c.disclosure().revenue().total()),
                                amount(Term.EXPENDITURE_TOTAL, c.disclosure().expenditure().total()), c.tolerance())),
                Rule.single(new RuleDescription("EXP-TOTAL-SUM", Severity.ERROR, List.of(Section.EXPENDITURE),
                        "支出合计等于基本支出加项目支出",
                        "支出合计应等于基本支出与项目支出之和。"),
                        c -> {
                            Expenditure e = c.disclosure().expenditure();
                            if (isFinal(c)) {
                                Disclosure d = c.disclosure();
                                return Comparisons.sum(amount("本年支出合计", e.total()), List.of(
                                        amount(Term.BASIC, e.basic()), amount(Term.PROJECT, e.project()),
                                        amount("上缴上级支出", d.amount(Concept.EXPENDITURE_REMIT_TO_SUPERIOR)),
                                        amount("经营支出", d.amount(Concept.EXPENDITURE_OPERATING)),
                                        amount("对附属单位补助支出", d.amount(Concept.EXPENDITURE_SUBSIDY_TO_SUBORDINATE))),
                                        c.tolerance(), Blanks.NON_NEGATIVE);
                            }
                            var parts = new java.util.ArrayList<>(List.of(
                                    amount(Term.BASIC, e.basic()), amount(Term.PROJECT, e.project())));
                            var reserve = c.disclosure().amount(Concept.EXPENDITURE_RESERVE);
                            if (reserve != null) {
                                parts.add(amount("单位预留机动经费", reserve));
                            }
                            return Comparisons.sum(amount(Term.EXPENDITURE_TOTAL, e.total()), parts,
                                    c.tolerance(), Blanks.STRICT);
                        }),
                Rule.single(new RuleDescription("EXP-BASIC-SUM", Severity.ERROR, List.of(Section.EXPENDITURE),
                        "基本支出等于人员经费加日常公用经费",
                        "基本支出应等于人员经费与日常公用经费之和。"),
                        c -> {
                            Expenditure e = c.disclosure().expenditure();
                            return Comparisons.sum(amount(Term.BASIC, e.basic()), List.of(
                                    amount(Term.PERSONNEL, e.personnel()), amount(Term.PUBLIC_USE, e.publicUse())),
                                    c.tolerance(), Blanks.STRICT);
                        }));
    }
}
