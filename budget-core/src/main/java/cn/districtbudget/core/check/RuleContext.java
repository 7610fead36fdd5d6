package cn.districtbudget.core.check;

import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.money.Money;

/**
 * What a rule sees: the disclosure, the prior year's disclosure (null when not given or not comparable), the
 * tolerance, and why a given prior-year disclosure was not used (null when it was, or none was given).
 */
record RuleContext(Disclosure disclosure, Disclosure priorYear, Money tolerance, String priorYearProblem) {
}
