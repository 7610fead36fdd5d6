package cn.districtbudget.data.dashboard;

import cn.districtbudget.core.disclosure.Grade;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A department's performance grade for one year: the score (优 4, 良 3, 中 2, 差 1, averaged over graded
 * indicators; null when nothing is graded) and the share of graded indicators at each grade, with the number of
 * indicators, of results that no grade covers ({@code ungraded}) and of indicators without a result
 * ({@code missing}).
 */
public record GradeCell(
        long departmentId,
        int year,
        int indicatorCount,
        int graded,
        int ungraded,
        int missing,
        BigDecimal score,
        Map<Grade, BigDecimal> shares) {

    public static final String NOT_GRADED_LABEL = "未评";

    public GradeCell {
        shares = shares == null ? Map.of() : Map.copyOf(shares);
    }

    /** True when no indicator has a grade: shown as 未评, distinct from 差. */
    public boolean notGraded() {
        return graded == 0;
    }

    /** The grade the score rounds to (half up), or null when {@link #notGraded()}. */
    public Grade overallGrade() {
        if (score == null) {
            return null;
        }
        int rounded = score.setScale(0, java.math.RoundingMode.HALF_UP).intValue();
        for (Grade grade : Grade.values()) {
            if (grade.score() == rounded) {
                return grade;
            }
        }
        return null;
    }

    /** 优/良/中/差 for the score, or 未评. */
    public String label() {
        Grade grade = overallGrade();
        return grade == null ? NOT_GRADED_LABEL : grade.label();
    }
}
