package cn.districtbudget.core.disclosure;

import org.jspecify.annotations.Nullable;

import cn.districtbudget.core.money.Money;

/** 收入 by source. Each figure is null when not stated. */
public record Revenue(
        @Nullable Money total,
        @Nullable Money generalPublicBudget,
        @Nullable Money governmentFund,
        @Nullable Money specialAccount,
        @Nullable Money other) {

    public static final Revenue NOT_STATED = new Revenue(null, null, null, null, null);
}
