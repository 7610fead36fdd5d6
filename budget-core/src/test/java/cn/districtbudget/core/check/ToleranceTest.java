package cn.districtbudget.core.check;

import static cn.districtbudget.core.money.Money.ofWan;
import static cn.districtbudget.core.sample.DisclosureEdits.withExpenditure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.disclosure.Expenditure;
import cn.districtbudget.core.money.Money;
import cn.districtbudget.core.sample.SampleDisclosures;
import org.junit.jupiter.api.Test;

/** Rounding tolerance: 0.01万元 by default, configurable. */
class ToleranceTest {

    @Test
    void theDefaultToleranceIsOneHundredthOfTenThousandYuan() {
        assertThat(CheckOptions.defaults().tolerance()).isEqualTo(Money.ofYuan("100"));
    }

    @Test
    void aDifferenceOfExactlyTheToleranceIsAccepted() {
        CheckReport report = new DisclosureChecker().check(basicOff("95.26"));

        assertThat(report.outcome("EXP-BASIC-SUM").status()).isEqualTo(RuleStatus.PASSED);
    }

    @Test
    void aDifferenceAboveTheToleranceIsAnError() {
        CheckReport report = new DisclosureChecker().check(basicOff("95.27"));

        assertThat(report.outcome("EXP-BASIC-SUM").status()).isEqualTo(RuleStatus.FAILED);
    }

    @Test
    void aStricterToleranceCatchesASmallerDifference() {
        DisclosureChecker exact = new DisclosureChecker(new CheckOptions(Money.ZERO));

        assertThat(exact.check(basicOff("95.26")).outcome("EXP-BASIC-SUM").status()).isEqualTo(RuleStatus.FAILED);
        assertThat(exact.check(SampleDisclosures.kexie2019()).outcome("EXP-BASIC-SUM").status())
                .isEqualTo(RuleStatus.PASSED);
    }

    @Test
    void aLooserToleranceAcceptsALargerDifference() {
        DisclosureChecker loose = new DisclosureChecker(new CheckOptions(ofWan("0.05")));

        assertThat(loose.check(basicOff("95.29")).outcome("EXP-BASIC-SUM").status()).isEqualTo(RuleStatus.PASSED);
    }

    @Test
    void aNegativeToleranceIsRejected() {
        assertThatThrownBy(() -> new CheckOptions(ofWan("-0.01"))).isInstanceOf(IllegalArgumentException.class);
    }

    /** The sample with basic expenditure (and total) moved so that only basic = personnel + public-use is off. */
    private static Disclosure basicOff(String basic) {
        Disclosure sample = SampleDisclosures.kexie2019();
        Money b = ofWan(basic);
        return withExpenditure(sample, new Expenditure(b.plus(ofWan("0.5")), b, ofWan("85.95"), ofWan("9.3"),
                ofWan("0.5"), null));
    }
}
