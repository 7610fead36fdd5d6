package cn.districtbudget.core.grading;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Set;

/**
 * The values an indicator can take, so that gaps are only reported where a real value could fall:
 * counts (次, 人次, 人, 个, …, or a unitless indicator whose name ends in 数) are whole numbers ≥ 0;
 * percentages are 0–100% (unbounded above when a threshold goes beyond 100%), growth rates (名称含“增长”)
 * any number; other amounts ≥ 0.
 */
public record ValueDomain(Interval range, boolean integers) {

    private static final Set<String> COUNT_UNITS = Set.of("次", "人次", "人", "个", "项", "家", "件", "场", "期", "篇",
            "户", "台");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static ValueDomain forIndicator(String name, String unit, Collection<Interval> thresholds) {
        String n = name == null ? "" : name;
        if (COUNT_UNITS.contains(unit) || (unit.isEmpty() && n.endsWith("数"))) {
            return new ValueDomain(Interval.atLeast(BigDecimal.ZERO), true);
        }
        if (n.contains("增长")) {
            return new ValueDomain(Interval.all(), false);
        }
        if ("%".equals(unit)) {
            boolean beyondHundred = thresholds.stream().anyMatch(i ->
                    (i.lower() != null && i.lower().compareTo(HUNDRED) > 0)
                            || (i.upper() != null && i.upper().compareTo(HUNDRED) > 0));
            return new ValueDomain(beyondHundred ? Interval.atLeast(BigDecimal.ZERO)
                    : Interval.closed(BigDecimal.ZERO, HUNDRED), false);
        }
        return new ValueDomain(Interval.atLeast(BigDecimal.ZERO), false);
    }

    /** Whether {@code interval} holds a value of this domain. */
    public boolean meets(Interval interval) {
        Interval inside = interval.intersect(range);
        return integers ? inside.containsInteger() : !inside.isEmpty();
    }

    ValueDomain negate() {
        return new ValueDomain(range.negate(), integers);
    }
}
