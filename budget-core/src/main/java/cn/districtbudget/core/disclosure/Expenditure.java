package cn.districtbudget.core.disclosure;

import cn.districtbudget.core.money.Money;

/**
 * 支出: total = basic (基本支出) + project (项目支出); basic = personnel (人员经费) + routine public-use (日常公用经费).
 * {@code projectDescription} is the published text on what the projects are (e.g. 主要为公务用车保险费).
 */
public record Expenditure(
        Money total,
        Money basic,
        Money personnel,
        Money publicUse,
        Money project,
        String projectDescription) {

    public static final Expenditure NOT_STATED = new Expenditure(null, null, null, null, null, null);
}
