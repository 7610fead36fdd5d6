package cn.districtbudget.core.grading;

import java.util.Objects;

/** A grade's threshold text as read: an interval in a unit, unparseable text, or blank. */
public sealed interface Threshold permits Threshold.Parsed, Threshold.Unparseable, Threshold.Blank {

    /** The text as published (null when blank). */
    String text();

    /** {@code text} means {@code interval} of values in {@code unit} ("" when the text has no unit). */
    record Parsed(String text, Interval interval, String unit) implements Threshold {
        public Parsed {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(interval, "interval");
            Objects.requireNonNull(unit, "unit");
        }

        /** A bare 0 ("=0") is 0 in any unit, so it never makes units disagree. */
        boolean unitFree() {
            return unit.isEmpty() && interval.isPoint() && interval.lower().signum() == 0;
        }
    }

    /** Text that is not one of the threshold forms. */
    record Unparseable(String text) implements Threshold {
    }

    /** An empty cell. */
    record Blank() implements Threshold {
        @Override
        public String text() {
            return null;
        }
    }
}
