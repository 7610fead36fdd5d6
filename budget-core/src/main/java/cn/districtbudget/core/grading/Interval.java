package cn.districtbudget.core.grading;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A set of values {@code lower .. upper}; a null end is unbounded (−∞ / +∞), {@code lowerClosed}/{@code upperClosed}
 * say whether a finite end belongs to the set. May be empty ({@code [90, 80)}).
 */
public record Interval(BigDecimal lower, boolean lowerClosed, BigDecimal upper, boolean upperClosed) {

    public Interval {
        lower = normalise(lower);
        upper = normalise(upper);
        if (lower == null) {
            lowerClosed = false;
        }
        if (upper == null) {
            upperClosed = false;
        }
    }

    public static Interval all() {
        return new Interval(null, false, null, false);
    }

    public static Interval atLeast(BigDecimal x) {
        return new Interval(x, true, null, false);
    }

    public static Interval greaterThan(BigDecimal x) {
        return new Interval(x, false, null, false);
    }

    public static Interval atMost(BigDecimal x) {
        return new Interval(null, false, x, true);
    }

    public static Interval lessThan(BigDecimal x) {
        return new Interval(null, false, x, false);
    }

    public static Interval exactly(BigDecimal x) {
        return new Interval(x, true, x, true);
    }

    public static Interval closed(BigDecimal a, BigDecimal b) {
        return new Interval(a, true, b, true);
    }

    public boolean contains(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        if (lower != null) {
            int c = value.compareTo(lower);
            if (c < 0 || (c == 0 && !lowerClosed)) {
                return false;
            }
        }
        if (upper != null) {
            int c = value.compareTo(upper);
            return c < 0 || (c == 0 && upperClosed);
        }
        return true;
    }

    public boolean isEmpty() {
        if (lower == null || upper == null) {
            return false;
        }
        int c = lower.compareTo(upper);
        return c > 0 || (c == 0 && !(lowerClosed && upperClosed));
    }

    public boolean isPoint() {
        return lower != null && upper != null && lower.compareTo(upper) == 0 && lowerClosed && upperClosed;
    }

    public boolean unboundedBelow() {
        return lower == null;
    }

    public boolean unboundedAbove() {
        return upper == null;
    }

    /** The values both intervals hold (possibly empty). */
    public Interval intersect(Interval other) {
        BigDecimal lo;
        boolean loClosed;
        if (lower == null || (other.lower != null && other.lower.compareTo(lower) > 0)) {
            lo = other.lower;
            loClosed = other.lowerClosed;
        } else if (other.lower != null && other.lower.compareTo(lower) == 0) {
            lo = lower;
            loClosed = lowerClosed && other.lowerClosed;
        } else {
            lo = lower;
            loClosed = lowerClosed;
        }
        BigDecimal hi;
        boolean hiClosed;
        if (upper == null || (other.upper != null && other.upper.compareTo(upper) < 0)) {
            hi = other.upper;
            hiClosed = other.upperClosed;
        } else if (other.upper != null && other.upper.compareTo(upper) == 0) {
            hi = upper;
            hiClosed = upperClosed && other.upperClosed;
        } else {
            hi = upper;
            hiClosed = upperClosed;
        }
        return new Interval(lo, loClosed, hi, hiClosed);
    }

    /** Whether the interval holds at least one whole number. */
    public boolean containsInteger() {
        if (isEmpty()) {
            return false;
        }
        if (lower == null || upper == null) {
            return true;
        }
        BigDecimal first = lower.setScale(0, java.math.RoundingMode.CEILING);
        if (first.compareTo(lower) == 0 && !lowerClosed) {
            first = first.add(BigDecimal.ONE);
        }
        return contains(first);
    }

    /** The mirror image {x : -x in this}, used to treat "lower is better" scales like "higher is better" ones. */
    public Interval negate() {
        return new Interval(upper == null ? null : upper.negate(), upperClosed,
                lower == null ? null : lower.negate(), lowerClosed);
    }

    /** Orders lower ends: −∞ first; at the same value a closed end comes before an open one. */
    static int compareLower(Interval a, Interval b) {
        if (a.lower == null || b.lower == null) {
            return Boolean.compare(b.lower == null, a.lower == null);
        }
        int c = a.lower.compareTo(b.lower);
        return c != 0 ? c : Boolean.compare(b.lowerClosed, a.lowerClosed);
    }

    /** Orders upper ends: +∞ last; at the same value an open end comes before a closed one. */
    static int compareUpper(Interval a, Interval b) {
        if (a.upper == null || b.upper == null) {
            return Boolean.compare(a.upper == null, b.upper == null);
        }
        int c = a.upper.compareTo(b.upper);
        return c != 0 ? c : Boolean.compare(a.upperClosed, b.upperClosed);
    }

    /** Mathematical notation with the unit: {@code [90%, 95%)}, {@code [80%, +∞)}, a single value as {@code 6次}. */
    public String format(String unit) {
        if (isPoint()) {
            return lower.toPlainString() + unit;
        }
        return (lowerClosed ? "[" : "(") + (lower == null ? "-∞" : lower.toPlainString() + unit) + ", "
                + (upper == null ? "+∞" : upper.toPlainString() + unit) + (upperClosed ? "]" : ")");
    }

    @Override
    public String toString() {
        return format("");
    }

    private static BigDecimal normalise(BigDecimal x) {
        if (x == null) {
            return null;
        }
        BigDecimal stripped = x.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
