package cn.districtbudget.core.change;

import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.core.money.Money;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the year-over-year maths over arbitrary amounts in fen. */
class YearOverYearPropertiesTest {

    @Property
    void theDerivedPriorYearGivesBackTheStatedChange(@ForAll("amounts") Money current, @ForAll("changes") Money change) {
        Money prior = YearOverYear.priorFromChange(current, change);

        assertThat(YearOverYear.actualChange(prior, current)).isEqualTo(change);
        assertThat(ChangeComparison.of(change, prior, current).orElseThrow().agrees(Money.ZERO)).isTrue();
    }

    @Property
    void growthIsDefinedExactlyWhenTheBaseIsNotZero(@ForAll("amounts") Money base, @ForAll("amounts") Money current) {
        GrowthRate rate = YearOverYear.growth(base, current);

        assertThat(rate instanceof GrowthRate.ZeroBase).isEqualTo(base.isZero());
        if (rate instanceof GrowthRate.Defined defined) {
            assertThat(defined.ratio().signum()).isEqualTo(current.compareTo(base));
        }
    }

    @Provide
    Arbitrary<Money> amounts() {
        return Arbitraries.longs().between(0, 10_000_000_000L).edgeCases(c -> c.add(0L)).map(Money::ofFen);
    }

    @Provide
    Arbitrary<Money> changes() {
        return Arbitraries.longs().between(-10_000_000_000L, 10_000_000_000L).map(Money::ofFen);
    }
}
