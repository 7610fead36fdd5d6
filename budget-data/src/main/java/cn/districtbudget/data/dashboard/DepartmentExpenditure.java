package cn.districtbudget.data.dashboard;

import cn.districtbudget.core.money.Money;

/**
 * One department's expenditure (支出) for a year split into personnel (人员经费), public-use (日常公用经费)
 * and project (项目支出); {@code total} is the stated total. Figures the text does not state are null.
 */
public record DepartmentExpenditure(
        long departmentId,
        String departmentName,
        long disclosureId,
        Money personnel,
        Money publicUse,
        Money project,
        Money total) {
}
