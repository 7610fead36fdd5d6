package cn.districtbudget.data.department;

import cn.districtbudget.core.disclosure.Grade;
import cn.districtbudget.core.disclosure.Indicator;
import cn.districtbudget.data.dashboard.GradeCell;
import java.math.BigDecimal;

/**
 * One indicator of the shown disclosure, in published order, with the 绩效自评 result stored for that very indicator
 * row (its work activity and place; null values when none is entered or the disclosure is not the current budget).
 *
 * @param activity    the 职责活动 (duty activity) the indicator belongs to
 * @param actualValue the entered actual value; null = 未填报
 * @param grade       the grade; null = 未评 ({@code ungraded} when a value is entered but no grade covers it)
 */
public record PagedIndicator(String activity, Indicator indicator, BigDecimal actualValue, String unit, Grade grade,
                             boolean ungraded) {

    /** The grade's label or 未评. */
    public String label() {
        return grade == null ? GradeCell.NOT_GRADED_LABEL : grade.label();
    }
}
