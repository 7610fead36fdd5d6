package cn.districtbudget.data.performance;

import cn.districtbudget.core.disclosure.Indicator;
import cn.districtbudget.core.grading.GradeResult;
import cn.districtbudget.core.grading.GradingScale;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One indicator of a department-year with its thresholds (as published), the scale's unit, the actual value
 * (null = missing), the grade (null when missing) and who entered it when. {@code version} is the optimistic-lock
 * version to send back when saving (null while no result row exists).
 */
public record IndicatorResult(
        ResultKey key,
        Indicator indicator,
        String unit,
        BigDecimal value,
        GradeResult grade,
        Long version,
        String enteredBy,
        Instant enteredAt) {

    public boolean missing() {
        return value == null;
    }

    /** 优/良/中/差, 未评级 (no grade holds the value) or 未填报 (missing). */
    public String gradeLabel() {
        return grade == null ? "未填报" : grade.label();
    }

    /** The indicator's scale, e.g. for interval texts. */
    public GradingScale scale() {
        return GradingScale.of(indicator);
    }
}
