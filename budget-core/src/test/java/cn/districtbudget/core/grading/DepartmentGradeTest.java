package cn.districtbudget.core.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.districtbudget.core.disclosure.Grade;
import java.util.List;
import org.junit.jupiter.api.Test;

class DepartmentGradeTest {

    private static GradeResult graded(Grade grade) {
        return new GradeResult.Graded(grade, List.of(grade));
    }

    @Test
    void theScoreAveragesGradedIndicatorsAndCountsTheRestBeside() {
        DepartmentGrade grade = DepartmentGrade.of(List.of(graded(Grade.EXCELLENT), graded(Grade.EXCELLENT),
                graded(Grade.GOOD), graded(Grade.POOR), new GradeResult.Ungraded("gap")), 2);

        assertThat(grade.score()).isEqualByComparingTo("3.00"); // (4 + 4 + 3 + 1) / 4
        assertThat(grade.graded()).isEqualTo(4);
        assertThat(grade.ungraded()).isEqualTo(1);
        assertThat(grade.missing()).isEqualTo(2);
        assertThat(grade.indicators()).isEqualTo(7);
        assertThat(grade.counts()).containsEntry(Grade.EXCELLENT, 2).containsEntry(Grade.FAIR, 0);
        assertThat(grade.share(Grade.EXCELLENT)).isEqualByComparingTo("0.5");
        assertThat(grade.share(Grade.GOOD)).isEqualByComparingTo("0.25");
    }

    @Test
    void theScoreIsRoundedHalfUpToTwoDecimals() {
        DepartmentGrade grade = DepartmentGrade.of(List.of(graded(Grade.EXCELLENT), graded(Grade.GOOD),
                graded(Grade.GOOD)), 0);

        assertThat(grade.score()).isEqualByComparingTo("3.33");
    }

    @Test
    void withoutAnyGradedIndicatorThereIsNoScoreRatherThanZero() {
        DepartmentGrade grade = DepartmentGrade.of(List.of(new GradeResult.Ungraded("gap")), 3);

        assertThat(grade.score()).isNull();
        assertThat(grade.share(Grade.EXCELLENT)).isNull();
        assertThat(grade.ungraded()).isEqualTo(1);
        assertThat(grade.missing()).isEqualTo(3);
    }

    @Test
    void aNegativeMissingCountIsRejected() {
        assertThatThrownBy(() -> DepartmentGrade.of(List.of(), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsTalliedElsewhereGiveTheSameScoreAndShares() {
        DepartmentGrade grade = DepartmentGrade.ofCounts(
                java.util.Map.of(Grade.EXCELLENT, 2, Grade.GOOD, 1, Grade.POOR, 3), 1, 4);
        assertThat(grade.graded()).isEqualTo(6);
        assertThat(grade.indicators()).isEqualTo(11);
        assertThat(grade.score()).isEqualByComparingTo("2.33"); // (4+4+3+1+1+1) / 6 = 2.333…
        assertThat(grade.share(Grade.POOR)).isEqualByComparingTo("0.5000");
        assertThat(grade.share(Grade.FAIR)).isEqualByComparingTo("0");
        assertThat(DepartmentGrade.ofCounts(java.util.Map.of(), 2, 0).score()).isNull();
    }
}
