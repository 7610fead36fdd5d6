package cn.districtbudget.core.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ThresholdParserTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "95%以上      | [95, +∞) | %",
            "10%及以上    | [10, +∞) | %",
            "60%以下      | (-∞, 60] | %",
            "5%以内       | (-∞, 5]  | %",
            "6次以上      | [6, +∞)  | 次",
            "6次以下      | (-∞, 6]  | 次",
            "≥6次         | [6, +∞)  | 次",
            "<3次         | (-∞, 3)  | 次",
            "≥40人次      | [40, +∞) | 人次",
            "≥200人       | [200, +∞) | 人",
            "<100人       | (-∞, 100) | 人",
            "=0           | 0        | ''",
            "≥3           | [3, +∞)  | ''",
            "100%         | 100      | %",
            "≥95%         | [95, +∞) | %",
            "＞90％        | (90, +∞) | %",
            "≤５次         | (-∞, 5]  | 次",
            "＜60%        | (-∞, 60) | %",
            "＝0          | 0        | ''",
            ">=90%        | [90, +∞) | %",
            "≧90%         | [90, +∞) | %",
            "不低于95%     | [95, +∞) | %",
            "低于60%      | (-∞, 60) | %",
            "不超过2次     | (-∞, 2]  | 次",
            "85%-90%      | [85, 90] | %",
            "85%～90%      | [85, 90] | %",
            "60%以下（不含）| (-∞, 60) | %",
            "90%以上(含本数)| [90, +∞) | %",
            "99.5%以上    | [99.5, +∞) | %",
            "' ≥ 6 次 '   | [6, +∞)  | 次"})
    void readsEveryThresholdForm(String text, String interval, String unit) {
        Threshold threshold = ThresholdParser.parse(text);

        assertThat(threshold).isInstanceOfSatisfying(Threshold.Parsed.class, parsed -> {
            assertThat(parsed.interval()).hasToString(interval);
            assertThat(parsed.unit()).isEqualTo(unit);
            assertThat(parsed.text()).isEqualTo(text);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"较好", "完成", "≥", "95%以上或良好", "90%-80%", "5次-6%", "约90%"})
    void textThatIsNoThresholdIsUnparseable(String text) {
        assertThat(ThresholdParser.parse(text)).isEqualTo(new Threshold.Unparseable(text));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t"})
    void anEmptyCellIsBlank(String text) {
        assertThat(ThresholdParser.parse(text)).isInstanceOf(Threshold.Blank.class);
    }

    @ParameterizedTest
    @CsvSource({"10次以上, 10, true", "10次以上, 9.99, false", "6次以下, 6, true", "60%以下（不含）, 60, false"})
    void yiShangAndYiXiaIncludeTheNumberItself(String text, BigDecimal value, boolean contained) {
        Threshold.Parsed parsed = (Threshold.Parsed) ThresholdParser.parse(text);

        assertThat(parsed.interval().contains(value)).isEqualTo(contained);
    }
}
