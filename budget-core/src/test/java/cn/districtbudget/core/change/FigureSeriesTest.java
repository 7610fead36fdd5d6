package cn.districtbudget.core.change;

import static cn.districtbudget.core.money.Money.ofWan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.money.Money;
import cn.districtbudget.core.sample.SampleDisclosures;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FigureSeriesTest {

    @Test
    void aSeriesKeepsUnstatedYearsAsNull() {
        Map<Integer, Money> values = new HashMap<>();
        values.put(2019, ofWan("95.75"));
        values.put(2017, null);
        values.put(2018, ofWan("97.19"));

        FigureSeries series = FigureSeries.of(values);

        assertThat(series.years()).containsExactly(2017, 2018, 2019);
        assertThat(series.valueIn(2017)).isNull();
        assertThat(series.isStated(2017)).isFalse();
        assertThat(series.valueIn(2016)).isNull();
        assertThat(series.change(2018, 2019)).isEqualTo(ofWan("-1.44"));
        assertThat(series.change(2017, 2019)).isNull();
    }

    @Test
    void stepsGoFromYearToYear() {
        FigureSeries series = FigureSeries.of(Map.of(2017, Money.ZERO, 2018, ofWan("26.00"), 2019, ofWan("0.5")));

        List<FigureSeries.Step> steps = series.steps();

        assertThat(steps).extracting(FigureSeries.Step::fromYear, FigureSeries.Step::toYear)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2017, 2018),
                        org.assertj.core.groups.Tuple.tuple(2018, 2019));
        assertThat(steps.get(0).change()).isEqualTo(ofWan("26"));
        assertThat(steps.get(0).growth()).isInstanceOf(GrowthRate.ZeroBase.class);
        assertThat(steps.get(1).change()).isEqualTo(ofWan("-25.5"));
        assertThat(steps.get(1).growth()).isInstanceOf(GrowthRate.Defined.class);
    }

    @Test
    void aSeriesOfAnyFigureFromDisclosuresCanBeCompletedWithDerivedPriorYears() {
        Disclosure sample = SampleDisclosures.kexie2019();
        DerivedPriorYear derived = DerivedPriorYear.from(sample);

        FigureSeries basic = FigureSeries.from(List.of(sample), Disclosure::year, d -> d.expenditure().basic())
                .withIfAbsent(derived.year(), derived.basic());

        assertThat(basic.asMap()).containsExactly(
                Map.entry(2018, ofWan("71.19")), Map.entry(2019, ofWan("95.25")));
        assertThat(basic.withIfAbsent(2019, ofWan("1"))).isEqualTo(basic);
        assertThat(basic.with(2019, ofWan("1")).valueIn(2019)).isEqualTo(ofWan("1"));
    }

    @Test
    void twoSourcesForOneYearAreRejected() {
        Disclosure sample = SampleDisclosures.kexie2019();

        assertThatThrownBy(() -> FigureSeries.from(List.of(sample, sample), Disclosure::year,
                d -> d.expenditure().total())).isInstanceOf(IllegalArgumentException.class);
    }
}
