package cn.districtbudget.core.grading;

import cn.districtbudget.core.disclosure.Grade;
import cn.districtbudget.core.disclosure.Indicator;
import cn.districtbudget.core.finding.Finding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An indicator's four threshold texts read as a grading scale: each grade's effective interval, the issues of the
 * scale (gaps, overlaps, contradictions, order, unparseable text, mixed units) and the grade of an actual value.
 * See docs/grading.md for the reading rules.
 */
public final class GradingScale {

    private final String indicator;
    private final Map<Grade, Threshold> thresholds;
    private final String unit;
    private final boolean unitsAgree;
    private final ScaleDirection direction;
    private final ValueDomain domain;
    private final Map<Grade, Interval> effective;
    private final List<ScaleIssue> issues;

    private GradingScale(Indicator source) {
        this.indicator = source.name();
        Map<Grade, Threshold> read = new EnumMap<>(Grade.class);
        for (Grade grade : Grade.values()) {
            read.put(grade, ThresholdParser.parse(source.threshold(grade)));
        }
        this.thresholds = Collections.unmodifiableMap(read);
        List<ScaleAnalysis.Entry> parsed = new ArrayList<>();
        List<ScaleIssue> found = new ArrayList<>();
        for (Grade grade : Grade.values()) {
            Threshold t = read.get(grade);
            if (t instanceof Threshold.Parsed p) {
                parsed.add(new ScaleAnalysis.Entry(grade, p, p.interval()));
            } else {
                found.add(new ScaleIssue(ScaleIssue.Kind.UNPARSEABLE, indicator, List.of(grade), null,
                        t instanceof Threshold.Blank ? grade.label() + "的评价标准为空"
                                : grade.label() + "“" + t.text() + "”无法解析为数值区间"));
            }
        }
        Set<String> units = parsed.stream().map(ScaleAnalysis.Entry::parsed).filter(p -> !p.unitFree())
                .map(Threshold.Parsed::unit).collect(Collectors.toCollection(LinkedHashSet::new));
        this.unitsAgree = units.size() <= 1;
        this.unit = units.size() == 1 ? units.iterator().next() : "";
        this.direction = directionOf(parsed);
        this.domain = ValueDomain.forIndicator(indicator, unit,
                parsed.stream().map(ScaleAnalysis.Entry::raw).toList());
        if (unitsAgree) {
            ScaleAnalysis analysis = new ScaleAnalysis(indicator, unit, direction, domain, parsed);
            this.effective = Collections.unmodifiableMap(analysis.effective());
            found.addAll(analysis.issues());
        } else {
            this.effective = Map.of();
            found.add(new ScaleIssue(ScaleIssue.Kind.MIXED_UNITS, indicator,
                    parsed.stream().map(ScaleAnalysis.Entry::grade).toList(), null,
                    "评价标准单位不一致（" + parsed.stream()
                            .map(e -> e.grade().label() + "“" + e.parsed().text() + "”")
                            .collect(Collectors.joining("、")) + "），无法评级"));
        }
        this.issues = List.copyOf(found);
    }

    public static GradingScale of(Indicator indicator) {
        return new GradingScale(indicator);
    }

    public String indicator() {
        return indicator;
    }

    public Threshold threshold(Grade grade) {
        return thresholds.get(grade);
    }

    /** The unit the thresholds share ("" when none or when they disagree). */
    public String unit() {
        return unit;
    }

    public ScaleDirection direction() {
        return direction;
    }

    public ValueDomain domain() {
        return domain;
    }

    /** The values the grade covers after the ladder convention; empty when its text did not parse. */
    public Optional<Interval> interval(Grade grade) {
        return Optional.ofNullable(effective.get(grade));
    }

    public List<ScaleIssue> issues() {
        return issues;
    }

    public List<Finding> findings() {
        return issues.stream().map(ScaleIssue::toFinding).toList();
    }

    /** The grade whose interval holds {@code value}; the better one where two hold; UNGRADED where none does. */
    public GradeResult grade(BigDecimal value) {
        if (!unitsAgree) {
            return new GradeResult.Ungraded("评价标准单位不一致");
        }
        List<Grade> holding = new ArrayList<>();
        for (Grade grade : Grade.values()) {
            Interval interval = effective.get(grade);
            if (interval != null && interval.contains(value)) {
                holding.add(grade);
            }
        }
        if (holding.isEmpty()) {
            return new GradeResult.Ungraded("没有等级的评价标准包含" + value.stripTrailingZeros().toPlainString() + unit);
        }
        return new GradeResult.Graded(holding.get(0), holding);
    }

    /**
     * Better grades at higher values unless the best grade's number is below the worst's (or, when they are equal
     * or only one grade parsed, the best grade is an upper limit such as ≤1%).
     */
    private static ScaleDirection directionOf(List<ScaleAnalysis.Entry> parsed) {
        if (parsed.isEmpty()) {
            return ScaleDirection.HIGHER_IS_BETTER;
        }
        Interval best = parsed.get(0).raw();
        Interval worst = parsed.get(parsed.size() - 1).raw();
        BigDecimal bestKey = key(best);
        BigDecimal worstKey = key(worst);
        if (parsed.size() > 1 && bestKey != null && worstKey != null && bestKey.compareTo(worstKey) != 0) {
            return bestKey.compareTo(worstKey) > 0 ? ScaleDirection.HIGHER_IS_BETTER : ScaleDirection.LOWER_IS_BETTER;
        }
        return best.unboundedBelow() && !best.unboundedAbove()
                ? ScaleDirection.LOWER_IS_BETTER : ScaleDirection.HIGHER_IS_BETTER;
    }

    /** The number a threshold is written with: its finite lower end, else its upper end. */
    private static BigDecimal key(Interval interval) {
        return interval.lower() != null ? interval.lower() : interval.upper();
    }

    @Override
    public String toString() {
        return "GradingScale[" + indicator + " " + effective + "]";
    }
}
