package cn.districtbudget.data.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.districtbudget.core.disclosure.Indicator;
import cn.districtbudget.core.grading.GradingScale;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/** Any number a person can type for an indicator reads back exactly; other text never becomes a value. */
class ResultValuesPropertiesTest {

    private static final GradingScale PERCENT = GradingScale.of(new Indicator("完成率", "≥95%", "≥90%", "≥80%", "<80%"));
    private static final GradingScale COUNT = GradingScale.of(new Indicator("活动次数", "≥10次", "≥8次", "≥6次", "<6次"));
    private static final GradingScale GROWTH = GradingScale.of(new Indicator("收入增长率", "≥10%", "≥5%", "≥0%", "<0%"));

    @Property
    void aPercentageReadsBackExactlyWithOrWithoutItsUnitAndInFullWidth(
            @ForAll @BigRange(min = "0", max = "100000") @Scale(4) BigDecimal value, @ForAll boolean unit,
            @ForAll boolean fullWidth) {
        String text = value.toPlainString() + (unit ? "%" : "");
        if (fullWidth) {
            text = toFullWidth(text);
        }
        assertThat(ResultValues.parse(text, PERCENT)).isEqualByComparingTo(value);
    }

    @Property
    void aWholeCountReadsBackAndAFractionOfACountIsRejected(@ForAll @IntRange(min = 0, max = 1_000_000) int count,
                                                          @ForAll @IntRange(min = 1, max = 9) int tenth) {
        assertThat(ResultValues.parse(count + "次", COUNT)).isEqualByComparingTo(BigDecimal.valueOf(count));
        assertThatThrownBy(() -> ResultValues.parse(count + "." + tenth, COUNT))
                .isInstanceOf(InvalidResultValueException.class).hasMessageContaining("整数");
    }

    @Property
    void aGrowthRateMayBeNegativeAPercentageMayNot(@ForAll @BigRange(min = "-1000", max = "-0.0001") @Scale(4)
                                                   BigDecimal negative) {
        assertThat(ResultValues.parse(negative.toPlainString(), GROWTH)).isEqualByComparingTo(negative);
        assertThatThrownBy(() -> ResultValues.parse(negative.toPlainString(), PERCENT))
                .isInstanceOf(InvalidResultValueException.class).hasMessageContaining("负数");
    }

    @Property
    void textWithLettersIsNeverAValue(@ForAll @IntRange(min = 0, max = 1000) int number, @ForAll("letters") String word) {
        assertThatThrownBy(() -> ResultValues.parse(word + number, PERCENT))
                .isInstanceOf(InvalidResultValueException.class);
        assertThatThrownBy(() -> ResultValues.parse(number + word, PERCENT))
                .isInstanceOf(InvalidResultValueException.class);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> letters() {
        return net.jqwik.api.Arbitraries.strings().withChars("abc元件项优良") .ofMinLength(1).ofMaxLength(4);
    }

    private static String toFullWidth(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c == '%' ? '％' : c == '.' ? '．' : c);
        }
        return out.toString();
    }
}
