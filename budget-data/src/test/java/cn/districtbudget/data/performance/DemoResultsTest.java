package cn.districtbudget.data.performance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.core.disclosure.Grade;
import cn.districtbudget.core.disclosure.Indicator;
import cn.districtbudget.core.grading.GradeResult;
import cn.districtbudget.core.grading.GradingScale;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The demo's generated values: each one graded as intended by the indicator's own scale; the mix mostly 优/良. */
class DemoResultsTest {

    private static final List<Indicator> SCALES = List.of(
            new Indicator("科普活动覆盖率", "95%以上", "90%以上", "85%以上", "60%以下"),
            new Indicator("交流培训活动次数", "10次以上", "8次以上", "6次以上", "6次以下"),
            new Indicator("创新型企业申报数", "≥3", "≥2", "≥1", "=0"),
            new Indicator("差错率", "≤1%", "≤3%", "≤5%", ">5%"),
            new Indicator("科技特派员培训完成率", "100%", "≥90%", "≥85%", "≥80%"),
            new Indicator("企业专利增长率", "10%及以上", "8%及以上", "5%及以上", "5%以下"),
            new Indicator("科普活动参加人数", "≥200人", "≥150人", "≥100人", "<100人"));

    @Test
    void everyGeneratedValueGetsTheGradeItWasChosenFor() {
        int produced = 0;
        for (Indicator indicator : SCALES) {
            GradingScale scale = GradingScale.of(indicator);
            for (Grade grade : Grade.values()) {
                for (long pick = 0; pick < 20; pick++) {
                    Optional<BigDecimal> value = DemoResults.valueFor(scale, grade, pick);
                    if (value.isPresent()) {
                        produced++;
                        assertThat(scale.grade(value.get())).as(indicator.name() + " " + grade + " " + value.get())
                                .isInstanceOfSatisfying(GradeResult.Graded.class, g -> assertThat(g.grade())
                                        .isEqualTo(grade));
                        if ("%".equals(scale.unit()) && !indicator.name().contains("增长")) {
                            assertThat(value.get()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
                        }
                    }
                }
            }
        }
        assertThat(produced).isGreaterThan(SCALES.size() * 3 * 20);
    }

    @Test
    void theMixIsMostlyExcellentAndGoodWithSomeFairPoorAndMissing() {
        Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
        int missing = 0;
        for (long p = 0; p < 100; p++) {
            Optional<Grade> g = DemoResults.targetGrade(p);
            if (g.isPresent()) {
                counts.merge(g.get(), 1, Integer::sum);
            } else {
                missing++;
            }
        }
        assertThat(counts.get(Grade.EXCELLENT) + counts.get(Grade.GOOD)).isEqualTo(75);
        assertThat(counts.get(Grade.FAIR)).isPositive();
        assertThat(counts.get(Grade.POOR)).isPositive();
        assertThat(missing).isPositive();
    }
}
