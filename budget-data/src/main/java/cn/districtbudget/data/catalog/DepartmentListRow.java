package cn.districtbudget.data.catalog;

import cn.districtbudget.core.money.Money;

/**
 * A row of the department list (部门一览): the department and its expenditure in the selected year as its current
 * budget disclosure states it; every figure null when it has no disclosure that year or does not state it.
 */
public record DepartmentListRow(
        DepartmentSummary department,
        Money total,
        Money personnel,
        Money publicUse,
        Money project) {
}
