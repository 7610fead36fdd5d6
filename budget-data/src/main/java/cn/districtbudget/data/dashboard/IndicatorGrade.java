package cn.districtbudget.data.dashboard;

import cn.districtbudget.core.disclosure.Grade;
import java.math.BigDecimal;

/**
 * One indicator of a department in one year: its four threshold texts as published, the actual value when one
 * has been entered (null = missing), its unit, and the grade (null = 未评: missing, or no grade covers the value,
 * in which case {@code ungraded} is true).
 */
public record IndicatorGrade(
        String indicatorName,
        int year,
        long disclosureId,
        String excellent,
        String good,
        String fair,
        String poor,
        BigDecimal actualValue,
        String unit,
        Grade grade,
        boolean ungraded) {

    /** The grade's label or 未评. */
    public String label() {
        return grade == null ? GradeCell.NOT_GRADED_LABEL : grade.label();
    }
}
