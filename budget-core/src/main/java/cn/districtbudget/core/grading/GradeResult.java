package cn.districtbudget.core.grading;

import cn.districtbudget.core.disclosure.Grade;
import java.util.List;
import java.util.Objects;

/** The grade of an actual value: a grade, or UNGRADED (未评级) when no threshold holds it; never silently 差. */
public sealed interface GradeResult permits GradeResult.Graded, GradeResult.Ungraded {

    /** Chinese label for tables: 优/良/中/差 or 未评级. */
    String label();

    /**
     * {@code grade} is the best of {@code holding}, all grades whose interval holds the value (more than one
     * only where the thresholds overlap).
     */
    record Graded(Grade grade, List<Grade> holding) implements GradeResult {
        public Graded {
            Objects.requireNonNull(grade, "grade");
            holding = List.copyOf(holding);
        }

        @Override
        public String label() {
            return grade.label();
        }
    }

    /** No grade holds the value, or the scale cannot grade at all; {@code reason} in Chinese. */
    record Ungraded(String reason) implements GradeResult {
        @Override
        public String label() {
            return "未评级";
        }
    }
}
