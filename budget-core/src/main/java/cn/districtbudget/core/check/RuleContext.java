package cn.districtbudget.core.check;

import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.money.Money;

/** What a rule sees: the disclosure, the prior year's disclosure (null when not given) and the tolerance. */
record RuleContext(Disclosure disclosure, Disclosure priorYear, Money tolerance) {
}
