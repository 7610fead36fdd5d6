package cn.districtbudget.core.disclosure;

import org.jspecify.annotations.Nullable;

import cn.districtbudget.core.money.Money;

/**
 * 支出: total = basic (基本支出) + project (项目支出); basic = personnel (人员经费) + routine public-use (日常公用经费).
 * {@code projectDescription} is the published text on what the projects are (e.g. 主要为公务用车保险费).
 */
public record Expenditure(
        @Nullable Money total,
        @Nullable Money basic,
        @Nullable Money personnel,
        @Nullable Money publicUse,
        @Nullable Money project,
        @Nullable String projectDescription) {

    public static final Expenditure NOT_STATED = new Expenditure(null, null, null, null, null, null);
}
