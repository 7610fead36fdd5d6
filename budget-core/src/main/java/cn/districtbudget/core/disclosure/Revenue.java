package cn.districtbudget.core.disclosure;

import cn.districtbudget.core.money.Money;

/** 收入 by source. Each figure is null when not stated. */
public record Revenue(
        Money total,
        Money generalPublicBudget,
        Money governmentFund,
        Money specialAccount,
        Money other) {

    public static final Revenue NOT_STATED = new Revenue(null, null, null, null, null);
}
