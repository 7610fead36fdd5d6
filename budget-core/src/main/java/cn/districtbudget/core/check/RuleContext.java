package cn.districtbudget.core.check;

import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.grading.ScaleIssue;
import cn.districtbudget.core.money.Money;
import java.util.List;

/**
 * What a rule sees: the disclosure, the prior year's disclosure (null when not given or not comparable), the
 * tolerance, why a given prior-year disclosure was not used (null when it was, or none was given), and the issues
 * of the performance table's grading scales (computed once per check).
 */
record RuleContext(Disclosure disclosure, Disclosure priorYear, Money tolerance, String priorYearProblem,
                   List<ScaleIssue> scaleIssues) {
}
