package cn.districtbudget.core.grading;

import cn.districtbudget.core.disclosure.Grade;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Works out the effective interval of each grade and the issues of a scale. Runs in "higher is better" space:
 * a lower-is-better scale is mirrored (values negated) first and mirrored back in {@link #toReal}.
 */
final class ScaleAnalysis {

    /** A parsed grade: {@code raw} in working space. */
    record Entry(Grade grade, Threshold.Parsed parsed, Interval raw) {
    }

    private final String indicator;
    private final String unit;
    private final ScaleDirection direction;
    private final ValueDomain domain; // working space
    private final List<Entry> entries; // best first
    private final Map<Grade, Interval> effective = new EnumMap<>(Grade.class); // working space
    private final List<ScaleIssue> issues = new ArrayList<>();

    ScaleAnalysis(String indicator, String unit, ScaleDirection direction, ValueDomain realDomain,
                  List<Entry> realEntries) {
        this.indicator = indicator;
        this.unit = unit;
        this.direction = direction;
        this.domain = direction == ScaleDirection.HIGHER_IS_BETTER ? realDomain : realDomain.negate();
        this.entries = realEntries.stream()
                .map(e -> new Entry(e.grade(), e.parsed(), toWorking(e.raw())))
                .toList();
        computeEffective();
        List<Integer> contradictory = findContradictions();
        findOrder(contradictory);
        findOverlaps(contradictory);
        findGaps();
    }

    /** Effective intervals in real space. */
    Map<Grade, Interval> effective() {
        Map<Grade, Interval> real = new EnumMap<>(Grade.class);
        effective.forEach((g, i) -> real.put(g, toReal(i)));
        return real;
    }

    List<ScaleIssue> issues() {
        return issues;
    }

    /**
     * The ladder convention: a middle grade written as "≥x" (以上) means from x up to the next better grade's
     * threshold. The best grade and 差 are taken literally.
     */
    private void computeEffective() {
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            Interval interval = e.raw();
            boolean middle = i > 0 && e.grade() != Grade.POOR;
            if (middle && interval.unboundedAbove() && interval.lower() != null) {
                Interval better = entries.get(i - 1).raw();
                if (better.lower() != null) {
                    interval = new Interval(interval.lower(), interval.lowerClosed(), better.lower(),
                            !better.lowerClosed());
                }
            }
            effective.put(e.grade(), interval);
        }
    }

    /** A grade reaching into better values without end (差 ≥80%), or the best reaching into worse ones. */
    private List<Integer> findContradictions() {
        List<Integer> contradictory = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Interval mine = effective(i);
            boolean intoBetter = i > 0 && mine.unboundedAbove();
            boolean intoWorse = i < entries.size() - 1 && mine.unboundedBelow();
            if (!intoBetter && !intoWorse) {
                continue;
            }
            List<Integer> overlapped = new ArrayList<>();
            for (int j = 0; j < entries.size(); j++) {
                if (j != i && !effective(j).isEmpty() && domain.meets(mine.intersect(effective(j)))) {
                    overlapped.add(j);
                }
            }
            if (overlapped.isEmpty()) {
                continue;
            }
            contradictory.add(i);
            String others = overlapped.stream()
                    .map(j -> entries.get(j).grade().label() + show(effective(j)))
                    .collect(Collectors.joining("、"));
            List<Integer> involved = new ArrayList<>(overlapped);
            involved.add(i);
            List<Grade> grades = involved.stream().sorted().map(j -> entries.get(j).grade()).toList();
            issues.add(new ScaleIssue(ScaleIssue.Kind.CONTRADICTION, indicator, grades, toReal(mine),
                    quote(i) + "即" + show(mine) + "，与" + others + "重叠：" + grade(i)
                            + (intoBetter ? "覆盖了更好等级的取值" : "覆盖了更差等级的取值")));
        }
        return contradictory;
    }

    private void findOrder(List<Integer> contradictory) {
        for (int i = 1; i < entries.size(); i++) {
            Interval worse = effective(i);
            Interval better = effective(i - 1);
            boolean inverted = worse.isEmpty()
                    || (!contradictory.contains(i) && !contradictory.contains(i - 1) && !better.isEmpty()
                    && (Interval.compareLower(worse, better) > 0 || Interval.compareUpper(worse, better) > 0));
            if (inverted) {
                issues.add(new ScaleIssue(ScaleIssue.Kind.ORDER, indicator,
                        List.of(entries.get(i - 1).grade(), entries.get(i).grade()), null,
                        "等级顺序颠倒：" + quote(i) + "不应" + (direction == ScaleDirection.HIGHER_IS_BETTER
                                ? "高于或等于" : "低于或等于") + quote(i - 1)));
            }
        }
    }

    private void findOverlaps(List<Integer> contradictory) {
        for (int i = 0; i < entries.size(); i++) {
            for (int j = i + 1; j < entries.size(); j++) {
                if (contradictory.contains(i) || contradictory.contains(j)) {
                    continue;
                }
                Interval both = effective(i).intersect(effective(j)).intersect(domain.range());
                if (effective(i).isEmpty() || effective(j).isEmpty() || !domain.meets(both)) {
                    continue;
                }
                issues.add(new ScaleIssue(ScaleIssue.Kind.OVERLAP, indicator,
                        List.of(entries.get(i).grade(), entries.get(j).grade()), toReal(both),
                        quote(i) + "与" + quote(j) + "在" + show(both) + "重叠；两档都成立时评为较好的"
                                + grade(i)));
            }
        }
    }

    /** Domain values no effective interval holds. */
    private void findGaps() {
        if (entries.isEmpty()) {
            return;
        }
        TreeSet<BigDecimal> points = new TreeSet<>();
        List<Interval> covering = new ArrayList<>(effective.values());
        covering.add(domain.range());
        for (Interval interval : covering) {
            if (interval.lower() != null) {
                points.add(interval.lower());
            }
            if (interval.upper() != null) {
                points.add(interval.upper());
            }
        }
        Interval run = null;
        for (Interval piece : elementaryPieces(points)) {
            boolean relevant = domain.meets(piece);
            boolean covered = !relevant || effective.values().stream().anyMatch(e -> e.contains(sample(piece)));
            if (!covered) {
                run = run == null ? piece : new Interval(run.lower(), run.lowerClosed(), piece.upper(),
                        piece.upperClosed());
            } else if (relevant && run != null) {
                addGap(run);
                run = null;
            }
        }
        if (run != null) {
            addGap(run);
        }
    }

    private void addGap(Interval gap) {
        Interval inDomain = gap.intersect(domain.range());
        issues.add(new ScaleIssue(ScaleIssue.Kind.GAP, indicator, List.of(), toReal(inDomain),
                show(inDomain) + "不属于任何等级，其中的值未评级"));
    }

    /** (−∞, p0), {p0}, (p0, p1), {p1}, …, {pn}, (pn, +∞). */
    private static List<Interval> elementaryPieces(TreeSet<BigDecimal> points) {
        List<Interval> pieces = new ArrayList<>();
        BigDecimal previous = null;
        for (BigDecimal p : points) {
            pieces.add(new Interval(previous, false, p, false));
            pieces.add(Interval.exactly(p));
            previous = p;
        }
        pieces.add(new Interval(previous, false, null, false));
        return pieces;
    }

    /** A value inside an elementary piece. */
    private static BigDecimal sample(Interval piece) {
        if (piece.lower() == null && piece.upper() == null) {
            return BigDecimal.ZERO;
        }
        if (piece.lower() == null) {
            return piece.upper().subtract(BigDecimal.ONE);
        }
        if (piece.upper() == null) {
            return piece.lower().add(BigDecimal.ONE);
        }
        return piece.lower().add(piece.upper()).divide(BigDecimal.valueOf(2));
    }

    private Interval effective(int index) {
        return effective.get(entries.get(index).grade());
    }

    private String quote(int index) {
        Entry e = entries.get(index);
        return e.grade().label() + "“" + e.parsed().text() + "”";
    }

    private String grade(int index) {
        return entries.get(index).grade().label();
    }

    private String show(Interval working) {
        return toReal(working).format(unit);
    }

    private Interval toWorking(Interval real) {
        return direction == ScaleDirection.HIGHER_IS_BETTER ? real : real.negate();
    }

    private Interval toReal(Interval working) {
        return direction == ScaleDirection.HIGHER_IS_BETTER ? working : working.negate();
    }
}
