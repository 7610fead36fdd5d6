package cn.districtbudget.core.grading;

import cn.districtbudget.core.disclosure.Grade;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A department's grade for a year, for the heatmaps: how many indicators reached each grade, the share of each
 * among graded indicators, and the score (优 4, 良 3, 中 2, 差 1) averaged over graded indicators, with the number
 * of ungraded results (no threshold holds the value) and missing results (no actual value) beside it.
 * {@code score} is null when no indicator is graded, never 0.
 */
public record DepartmentGrade(Map<Grade, Integer> counts, int graded, int ungraded, int missing, BigDecimal score) {

    public DepartmentGrade {
        EnumMap<Grade, Integer> copy = new EnumMap<>(Grade.class);
        for (Grade grade : Grade.values()) {
            copy.put(grade, counts.getOrDefault(grade, 0));
        }
        counts = Collections.unmodifiableMap(copy);
    }

    /** Tallies the results of the indicators that have an actual value; {@code missing} counts those without. */
    public static DepartmentGrade of(Collection<GradeResult> results, int missing) {
        if (missing < 0) {
            throw new IllegalArgumentException("missing must not be negative: " + missing);
        }
        EnumMap<Grade, Integer> counts = new EnumMap<>(Grade.class);
        int ungraded = 0;
        for (GradeResult result : results) {
            if (result instanceof GradeResult.Graded g) {
                counts.merge(g.grade(), 1, Integer::sum);
            } else {
                ungraded++;
            }
        }
        return ofCounts(counts, ungraded, missing);
    }

    /**
     * The grade from counts already tallied (by the database, say): indicators per grade, ungraded and missing.
     * The one place where the score is computed.
     */
    public static DepartmentGrade ofCounts(Map<Grade, Integer> counts, int ungraded, int missing) {
        if (missing < 0 || ungraded < 0) {
            throw new IllegalArgumentException("counts must not be negative: ungraded " + ungraded + ", missing " + missing);
        }
        int graded = 0;
        int points = 0;
        for (Map.Entry<Grade, Integer> e : counts.entrySet()) {
            graded += e.getValue();
            points += e.getKey().score() * e.getValue();
        }
        BigDecimal score = graded == 0 ? null
                : BigDecimal.valueOf(points).divide(BigDecimal.valueOf(graded), 2, RoundingMode.HALF_UP);
        return new DepartmentGrade(counts, graded, ungraded, missing, score);
    }

    /** Share of graded indicators at {@code grade}, 0..1 with 4 decimals; null when none is graded. */
    public BigDecimal share(Grade grade) {
        if (graded == 0) {
            return null;
        }
        return BigDecimal.valueOf(counts.get(grade)).divide(BigDecimal.valueOf(graded), 4, RoundingMode.HALF_UP);
    }

    /** All indicators considered: graded + ungraded + missing. */
    public int indicators() {
        return graded + ungraded + missing;
    }
}
