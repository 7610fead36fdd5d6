package cn.districtbudget.core.change;

import static cn.districtbudget.core.money.Money.ofWan;
import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.core.money.Money;
import cn.districtbudget.core.sample.SampleDisclosures;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class YearOverYearTest {

    @Test
    void thePriorYearOfTheSampleFollowsFromItsStatedChanges() {
        DerivedPriorYear prior = DerivedPriorYear.from(SampleDisclosures.kexie2019());

        assertThat(prior.year()).isEqualTo(2018);
        assertThat(prior.expenditureTotal()).isEqualTo(ofWan("97.19"));
        assertThat(prior.basic()).isEqualTo(ofWan("71.19"));
        assertThat(prior.project()).isEqualTo(ofWan("26.00"));
        assertThat(prior.project().toWanString()).isEqualTo("26万元");
    }

    @Test
    void thePriorYearsThreePublicExpensesFollowWhereTheirChangeIsStated() {
        DerivedPriorYear prior = DerivedPriorYear.from(SampleDisclosures.kexie2019());

        assertThat(prior.threePublicTotal()).isEqualTo(ofWan("1.45"));
        assertThat(prior.vehiclePurchase()).isEqualTo(Money.ZERO);
        assertThat(prior.vehicleOperation()).isEqualTo(ofWan("1.35"));
        assertThat(prior.reception()).isEqualTo(ofWan("0.10"));
        assertThat(prior.outboundTravel()).as("no change stated for 因公出国（境）费").isNull();
        assertThat(prior.vehicles()).as("no change stated for vehicles as a whole").isNull();
    }

    @Test
    void anUnstatedFigureOrChangeGivesNoPriorFigure() {
        assertThat(YearOverYear.priorFromChange(null, ofWan("1"))).isNull();
        assertThat(YearOverYear.priorFromChange(ofWan("1"), null)).isNull();
        assertThat(YearOverYear.actualChange(null, ofWan("1"))).isNull();
    }

    @Test
    void aStatedChangeIsComparedWithTheActualDifference() {
        ChangeComparison agreeing = ChangeComparison.of(ofWan("-1.44"), ofWan("97.19"), ofWan("95.75")).orElseThrow();
        ChangeComparison off = ChangeComparison.of(ofWan("-1.44"), ofWan("98.19"), ofWan("95.75")).orElseThrow();

        assertThat(agreeing.actual()).isEqualTo(ofWan("-1.44"));
        assertThat(agreeing.agrees(ofWan("0.01"))).isTrue();
        assertThat(off.actual()).isEqualTo(ofWan("-2.44"));
        assertThat(off.discrepancy()).isEqualTo(ofWan("1"));
        assertThat(off.agrees(ofWan("0.01"))).isFalse();
        assertThat(ChangeComparison.of(ofWan("-1.44"), null, ofWan("95.75"))).isEmpty();
    }

    @Test
    void growthFromAZeroBaseIsNotDefinedNeverAHundredPercent() {
        GrowthRate rate = YearOverYear.growth(Money.ZERO, ofWan("0.5"));

        assertThat(rate).isInstanceOf(GrowthRate.ZeroBase.class);
        assertThat(rate.toChineseText()).isEqualTo("不可计算（上年为0）");
    }

    @Test
    void growthIsExact() {
        GrowthRate rate = YearOverYear.growth(ofWan("71.19"), ofWan("95.25"));

        assertThat(rate).isInstanceOfSatisfying(GrowthRate.Defined.class, defined -> {
            assertThat(defined.percent(2)).isEqualByComparingTo("33.80");
            assertThat(defined.toChineseText()).isEqualTo("+33.8%");
        });
        assertThat(YearOverYear.growth(ofWan("26.00"), ofWan("0.5")))
                .isEqualTo(new GrowthRate.Defined(new BigDecimal("-0.9807692307692308")));
        assertThat(YearOverYear.growth(ofWan("26.00"), ofWan("0.5")).toChineseText()).isEqualTo("-98.1%");
    }

    @Test
    void growthWithAnAbsentFigureIsUnknown() {
        assertThat(YearOverYear.growth(null, ofWan("1"))).isInstanceOf(GrowthRate.Unknown.class);
        assertThat(YearOverYear.growth(ofWan("1"), null).toChineseText()).isEqualTo("数据不足");
    }

    @Test
    void aNegativeBaseKeepsARiseAsPositiveGrowth() {
        GrowthRate rate = YearOverYear.growth(ofWan("-2"), ofWan("-1"));

        assertThat(rate).isEqualTo(new GrowthRate.Defined(new BigDecimal("0.5")));
    }
}
