package cn.districtbudget.core.grading;

import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.core.disclosure.Grade;
import cn.districtbudget.core.disclosure.Indicator;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Generated scales. A well-formed ladder (优 from a, 良 from b, 中 from c, 差 below c, in any of the published
 * spellings and units, either direction) grades every value exactly once and has no issues; a ladder whose 差 stops
 * short of 中 leaves the values in between UNGRADED and reports that gap.
 */
class GradingScalePropertiesTest {

    private static final List<String> UNITS = List.of("%", "次", "人次", "人", "");

    /** Three thresholds a > b > c (in tenths, so decimals occur) and a unit. */
    record Ladder(BigDecimal a, BigDecimal b, BigDecimal c, String unit) {
    }

    @Provide
    Arbitrary<Ladder> ladders() {
        Arbitrary<Integer> steps = Arbitraries.integers().between(1, 200);
        return Combinators.combine(Arbitraries.integers().between(0, 300), steps, steps, Arbitraries.of(UNITS))
                .as((c, d1, d2, unit) -> {
                    boolean whole = !unit.equals("%");
                    BigDecimal scale = whole ? BigDecimal.ONE : new BigDecimal("0.1");
                    BigDecimal cc = BigDecimal.valueOf(c).multiply(scale);
                    BigDecimal bb = cc.add(BigDecimal.valueOf(d1).multiply(scale));
                    BigDecimal aa = bb.add(BigDecimal.valueOf(d2).multiply(scale));
                    return new Ladder(aa, bb, cc, unit);
                });
    }

    @Provide
    Arbitrary<BigDecimal> values() {
        return Arbitraries.integers().between(-100, 10_000).map(v -> BigDecimal.valueOf(v, 1));
    }

    @Property
    void aWellFormedHigherIsBetterLadderGradesEveryValueExactlyOnce(
            @ForAll("ladders") Ladder ladder, @ForAll("values") BigDecimal value,
            @ForAll @IntRange(min = 0, max = 3) int atLeastForm, @ForAll @IntRange(min = 0, max = 2) int belowForm) {
        String u = ladder.unit();
        Indicator indicator = new Indicator("指标", atLeast(atLeastForm, ladder.a(), u),
                atLeast(atLeastForm, ladder.b(), u), atLeast(atLeastForm, ladder.c(), u),
                below(belowForm, ladder.c(), u));

        GradingScale scale = GradingScale.of(indicator);

        assertThat(scale.issues()).isEmpty();
        assertThat(scale.grade(value)).isInstanceOfSatisfying(GradeResult.Graded.class,
                graded -> assertThat(graded.holding()).hasSize(1));
    }

    @Property
    void aWellFormedLowerIsBetterLadderGradesEveryValueExactlyOnce(
            @ForAll("ladders") Ladder ladder, @ForAll("values") BigDecimal value) {
        String u = ladder.unit();
        Indicator indicator = new Indicator("差错率", "≤" + num(ladder.c()) + u, "≤" + num(ladder.b()) + u,
                num(ladder.a()) + u + "以下", ">" + num(ladder.a()) + u);

        GradingScale scale = GradingScale.of(indicator);

        assertThat(scale.direction()).isEqualTo(ScaleDirection.LOWER_IS_BETTER);
        assertThat(scale.issues()).isEmpty();
        assertThat(scale.grade(value)).isInstanceOfSatisfying(GradeResult.Graded.class,
                graded -> assertThat(graded.holding()).hasSize(1));
    }

    @Property
    void valuesInAGapAreUngradedAndTheGapIsReported(
            @ForAll("ladders") Ladder ladder, @ForAll @IntRange(min = 1, max = 100) int gapSteps,
            @ForAll @IntRange(min = 0, max = 99) int position) {
        String u = ladder.unit();
        BigDecimal step = u.equals("%") ? new BigDecimal("0.1") : BigDecimal.ONE;
        // 差 stops at d < c: [d, c) belongs to no grade.
        BigDecimal d = ladder.c().subtract(step.multiply(BigDecimal.valueOf(gapSteps)));
        Indicator indicator = new Indicator("指标", "≥" + num(ladder.a()) + u, "≥" + num(ladder.b()) + u,
                "≥" + num(ladder.c()) + u, "<" + num(d) + u);
        BigDecimal inGap = d.add(step.multiply(BigDecimal.valueOf(position % gapSteps)));

        GradingScale scale = GradingScale.of(indicator);

        assertThat(scale.grade(inGap)).isInstanceOf(GradeResult.Ungraded.class);
        if (scale.domain().range().contains(inGap)) {
            assertThat(scale.issues()).extracting(ScaleIssue::kind).contains(ScaleIssue.Kind.GAP);
            assertThat(scale.issues()).filteredOn(i -> i.kind() == ScaleIssue.Kind.GAP)
                    .anySatisfy(gap -> assertThat(gap.interval().contains(inGap)).isTrue());
        }
    }

    @Property
    void whereTwoGradesMeetInclusivelyTheBetterOneWinsAndTheOverlapIsReported(@ForAll("ladders") Ladder ladder) {
        String u = ladder.unit();
        Indicator indicator = new Indicator("指标", num(ladder.a()) + u + "以上", num(ladder.b()) + u + "以上",
                num(ladder.c()) + u + "以上", num(ladder.c()) + u + "以下");

        GradingScale scale = GradingScale.of(indicator);

        assertThat(scale.grade(ladder.c())).isEqualTo(new GradeResult.Graded(Grade.FAIR, List.of(Grade.FAIR, Grade.POOR)));
        assertThat(scale.issues()).extracting(ScaleIssue::kind, ScaleIssue::grades).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ScaleIssue.Kind.OVERLAP, List.of(Grade.FAIR, Grade.POOR)));
    }

    private static String atLeast(int form, BigDecimal x, String unit) {
        return switch (form) {
            case 0 -> "≥" + num(x) + unit;
            case 1 -> num(x) + unit + "以上";
            case 2 -> num(x) + unit + "及以上";
            default -> "不低于" + num(x) + unit;
        };
    }

    private static String below(int form, BigDecimal x, String unit) {
        return switch (form) {
            case 0 -> "<" + num(x) + unit;
            case 1 -> "＜" + num(x) + unit;
            default -> "低于" + num(x) + unit;
        };
    }

    private static String num(BigDecimal x) {
        return x.stripTrailingZeros().toPlainString();
    }
}
