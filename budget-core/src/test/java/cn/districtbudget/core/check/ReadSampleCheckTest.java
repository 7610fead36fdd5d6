package cn.districtbudget.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.reading.DisclosureReader;
import cn.districtbudget.core.reading.Samples;
import cn.districtbudget.core.sample.SampleDisclosures;
import org.junit.jupiter.api.Test;

/** The real sample text, read by the reader and checked, gives the same outcomes as the hand-built sample. */
class ReadSampleCheckTest {

    private final DisclosureChecker checker = new DisclosureChecker();

    @Test
    void readingAndCheckingTheRealTextAgreesWithTheHandBuiltSample() {
        Disclosure read = new DisclosureReader().read(Samples.shanhaiguan()).disclosure();
        Disclosure byHand = SampleDisclosures.kexie2019();

        assertThat(read.revenue()).isEqualTo(byHand.revenue());
        assertThat(read.expenditure().total()).isEqualTo(byHand.expenditure().total());
        assertThat(read.operatingCosts()).isEqualTo(byHand.operatingCosts());
        assertThat(read.fixedAssets().totalValue()).isEqualTo(byHand.fixedAssets().totalValue());
        assertThat(checker.check(read)).isEqualTo(checker.check(byHand));
    }
}
