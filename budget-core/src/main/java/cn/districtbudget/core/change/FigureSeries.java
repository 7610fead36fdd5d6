package cn.districtbudget.core.change;

import cn.districtbudget.core.money.Money;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Any figure over several years: year -> amount, where an amount may be null (the year is known but the figure
 * was not stated). Immutable; years ascending.
 */
public final class FigureSeries {

    private final NavigableMap<Integer, Money> values;

    private FigureSeries(NavigableMap<Integer, Money> values) {
        this.values = Collections.unmodifiableNavigableMap(values);
    }

    public static FigureSeries empty() {
        return new FigureSeries(new TreeMap<>());
    }

    /** A series from year -> amount (amounts may be null). */
    public static FigureSeries of(Map<Integer, Money> values) {
        Objects.requireNonNull(values, "values");
        return new FigureSeries(new TreeMap<>(values));
    }

    /**
     * A series of one figure taken from several sources, e.g. disclosures:
     * {@code FigureSeries.from(disclosures, Disclosure::year, d -> d.expenditure().total())}.
     * Two sources for the same year are a mistake of the caller and are rejected.
     */
    public static <T> FigureSeries from(Collection<T> sources, ToIntFunction<T> year, Function<T, Money> figure) {
        TreeMap<Integer, Money> values = new TreeMap<>();
        for (T source : sources) {
            int y = year.applyAsInt(source);
            if (values.containsKey(y)) {
                throw new IllegalArgumentException("two sources for year " + y);
            }
            values.put(y, figure.apply(source));
        }
        return new FigureSeries(values);
    }

    /** A copy with {@code year} set to {@code amount} (replacing what was there). */
    public FigureSeries with(int year, Money amount) {
        TreeMap<Integer, Money> copy = new TreeMap<>(values);
        copy.put(year, amount);
        return new FigureSeries(copy);
    }

    /** A copy with {@code year} set to {@code amount} only when the series has no stated amount for that year. */
    public FigureSeries withIfAbsent(int year, Money amount) {
        return valueIn(year) == null ? with(year, amount) : this;
    }

    /** The amount in {@code year}; null when the year is missing or its figure not stated. */
    public Money valueIn(int year) {
        return values.get(year);
    }

    public boolean isStated(int year) {
        return values.get(year) != null;
    }

    /** All years of the series, ascending, including those whose figure is not stated. */
    public List<Integer> years() {
        return List.copyOf(values.keySet());
    }

    /** Read-only view, years ascending; values may be null. */
    public NavigableMap<Integer, Money> asMap() {
        return values;
    }

    /** Actual change from {@code fromYear} to {@code toYear}; null when either is not stated. */
    public Money change(int fromYear, int toYear) {
        return YearOverYear.actualChange(valueIn(fromYear), valueIn(toYear));
    }

    public GrowthRate growth(int fromYear, int toYear) {
        return GrowthRate.between(valueIn(fromYear), valueIn(toYear));
    }

    /** One step per consecutive pair of years in the series (2017->2018, 2018->2019, …). */
    public List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        Integer previous = null;
        for (Integer year : values.keySet()) {
            if (previous != null) {
                steps.add(new Step(previous, year, change(previous, year), growth(previous, year)));
            }
            previous = year;
        }
        return List.copyOf(steps);
    }

    /** A change between two years of the series: {@code change} null when either figure is not stated. */
    public record Step(int fromYear, int toYear, Money change, GrowthRate growth) {
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FigureSeries other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "FigureSeries" + values;
    }
}
