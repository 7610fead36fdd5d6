package cn.districtbudget.core.grading;

import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.core.disclosure.Grade;
import cn.districtbudget.core.disclosure.Indicator;
import cn.districtbudget.core.finding.Severity;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradingScaleTest {

    private static final GradingScale COVERAGE =
            GradingScale.of(new Indicator("科普活动覆盖率", "95%以上", "90%以上", "85%以上", "60%以下"));
    private static final GradingScale TRAINING =
            GradingScale.of(new Indicator("交流培训活动次数", "10次以上", "8次以上", "6次以上", "6次以下"));
    private static final GradingScale SPECIALISTS =
            GradingScale.of(new Indicator("科技特派员培训完成率", "100%", "≥90%", "≥85%", "≥80%"));

    @Test
    void middleGradesReachUpToTheNextBetterThreshold() {
        assertThat(COVERAGE.interval(Grade.EXCELLENT)).hasValue(Interval.atLeast(new BigDecimal("95")));
        assertThat(COVERAGE.interval(Grade.GOOD)).hasValue(
                new Interval(new BigDecimal("90"), true, new BigDecimal("95"), false));
        assertThat(COVERAGE.interval(Grade.POOR)).hasValue(Interval.atMost(new BigDecimal("60")));
        assertThat(COVERAGE.unit()).isEqualTo("%");
        assertThat(COVERAGE.direction()).isEqualTo(ScaleDirection.HIGHER_IS_BETTER);
    }

    @Test
    void aValueIsGradedByTheIntervalHoldingIt() {
        assertThat(COVERAGE.grade(new BigDecimal("96"))).isEqualTo(new GradeResult.Graded(Grade.EXCELLENT,
                List.of(Grade.EXCELLENT)));
        assertThat(COVERAGE.grade(new BigDecimal("94.99"))).isEqualTo(new GradeResult.Graded(Grade.GOOD,
                List.of(Grade.GOOD)));
        assertThat(COVERAGE.grade(new BigDecimal("85"))).isEqualTo(new GradeResult.Graded(Grade.FAIR,
                List.of(Grade.FAIR)));
        assertThat(COVERAGE.grade(new BigDecimal("60")).label()).isEqualTo("差");
    }

    @Test
    void aValueInAGapIsUngradedNotPoor() {
        GradeResult result = COVERAGE.grade(new BigDecimal("70"));

        assertThat(result).isInstanceOf(GradeResult.Ungraded.class);
        assertThat(result.label()).isEqualTo("未评级");
        assertThat(((GradeResult.Ungraded) result).reason()).isEqualTo("没有等级的评价标准包含70%");
    }

    @Test
    void whereTwoGradesHoldTheBetterOneIsGiven() {
        assertThat(TRAINING.grade(new BigDecimal("6"))).isEqualTo(new GradeResult.Graded(Grade.FAIR,
                List.of(Grade.FAIR, Grade.POOR)));
        assertThat(TRAINING.grade(new BigDecimal("5"))).isEqualTo(new GradeResult.Graded(Grade.POOR,
                List.of(Grade.POOR)));
        assertThat(SPECIALISTS.grade(new BigDecimal("95"))).isEqualTo(new GradeResult.Graded(Grade.GOOD,
                List.of(Grade.GOOD, Grade.POOR)));
        assertThat(SPECIALISTS.grade(new BigDecimal("100"))).isEqualTo(new GradeResult.Graded(Grade.EXCELLENT,
                List.of(Grade.EXCELLENT, Grade.POOR)));
        assertThat(SPECIALISTS.grade(new BigDecimal("79"))).isInstanceOf(GradeResult.Ungraded.class);
    }

    @Test
    void aBareHundredPercentMeansExactlyThat() {
        GradingScale grants = GradingScale.of(new Indicator("补助金发放率", "100%", "≥90%", "≥80%", "<60%"));

        assertThat(grants.grade(new BigDecimal("100")).label()).isEqualTo("优");
        assertThat(grants.grade(new BigDecimal("99.9")).label()).isEqualTo("良");
    }

    @Test
    void gradesOutOfOrderAreReported() {
        GradingScale scale = GradingScale.of(new Indicator("完成率", "≥80%", "≥90%", "≥70%", "<70%"));

        assertThat(scale.issues()).extracting(ScaleIssue::kind, ScaleIssue::grades)
                .contains(org.assertj.core.groups.Tuple.tuple(ScaleIssue.Kind.ORDER,
                        List.of(Grade.EXCELLENT, Grade.GOOD)));
        assertThat(scale.findings()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("GRD-ORDER");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo("完成率：等级顺序颠倒：良“≥90%”不应高于或等于优“≥80%”");
        });
    }

    @Test
    void unparseableAndBlankThresholdsAreReported() {
        GradingScale scale = GradingScale.of(new Indicator("工作质量", "较好", "≥80%", "≥60%", null));

        assertThat(scale.findings()).extracting(f -> f.rule() + " " + f.message()).contains(
                "GRD-UNPARSEABLE 工作质量：优“较好”无法解析为数值区间",
                "GRD-UNPARSEABLE 工作质量：差的评价标准为空");
        assertThat(scale.interval(Grade.EXCELLENT)).isEmpty();
        assertThat(scale.grade(new BigDecimal("85")).label()).isEqualTo("良");
    }

    @Test
    void mixedUnitsAreReportedAndNothingIsGraded() {
        GradingScale scale = GradingScale.of(new Indicator("培训", "≥6次", "≥80%", "≥3次", "<3次"));

        assertThat(scale.findings()).extracting(f -> f.rule() + " " + f.severity() + " " + f.message())
                .containsExactly("GRD-MIXED-UNITS WARNING 培训：评价标准单位不一致（优“≥6次”、良“≥80%”、中“≥3次”、差“<3次”），无法评级");
        assertThat(scale.grade(new BigDecimal("6"))).isInstanceOf(GradeResult.Ungraded.class);
    }

    @Test
    void aBareZeroAgreesWithAnyUnit() {
        GradingScale scale = GradingScale.of(new Indicator("投诉次数", "=0", "≤1次", "≤3次", ">3次"));

        assertThat(scale.issues()).isEmpty();
        assertThat(scale.unit()).isEqualTo("次");
    }

    @Test
    void lowerIsBetterScalesAreReadTheOtherWayRound() {
        GradingScale scale = GradingScale.of(new Indicator("投诉次数", "=0", "≤1次", "≤3次", ">3次"));

        assertThat(scale.direction()).isEqualTo(ScaleDirection.LOWER_IS_BETTER);
        assertThat(scale.interval(Grade.GOOD)).hasValue(
                new Interval(BigDecimal.ZERO, false, BigDecimal.ONE, true));
        assertThat(scale.grade(BigDecimal.ZERO).label()).isEqualTo("优");
        assertThat(scale.grade(new BigDecimal("2")).label()).isEqualTo("中");
        assertThat(scale.grade(new BigDecimal("4")).label()).isEqualTo("差");
    }

    @Test
    void aGapInALowerIsBetterScaleIsReported() {
        GradingScale scale = GradingScale.of(new Indicator("差错率", "≤1%", "≤3%", "≤5%", ">10%"));

        assertThat(scale.findings()).extracting(f -> f.rule() + " " + f.message())
                .containsExactly("GRD-GAP 差错率：(5%, 10%]不属于任何等级，其中的值未评级");
    }

    @Test
    void wholeNumberIndicatorsHaveNoGapsBetweenWholeNumbers() {
        GradingScale scale = GradingScale.of(new Indicator("创新型企业申报数", "≥3", "≥2", "≥1", "=0"));

        assertThat(scale.domain().integers()).isTrue();
        assertThat(scale.issues()).isEmpty();
    }
}
