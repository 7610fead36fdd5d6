package cn.districtbudget.core.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * {@link NumberScan} finds exactly what the reader's number patterns (its specification) find: start, end, the
 * number and the unit of every match, on every line, sentence and clause of the sample and the corpus, and on
 * pieces made to reach the patterns' corners (separators, decimals, minus signs, long runs, 万 before a word).
 */
class NumberScanTest {

    private static final List<String> CORNERS = List.of(
            "1,2345万元", "12,345万元和1，234元", "-12.5万元", "共-3人次", "1.123456789元", "1.12345678元", "12.万元",
            "3万人", "3万元", "5万", "5万9", "约2万,另", "0.5 %", "2批次3批", "4 个", "123456789012345678901元",
            "1234567890123456789012", "与上年持平", "与2019年度预算数保持一致", "比上年持平", "较上年无增减", "没有。",
            "没有变化", "12,3", "1,234,567.89亿元", "1,234,56", "2019年12月", "5项", "10平方米", "3.5.6万元", "7,", "-",
            ".5万元", "，5万元", "5\t万元", "5  元", "5人员");

    @Test
    void findsWhatThePatternsFindOnRealTextsAndCorners() throws Exception {
        List<String> pieces = new ArrayList<>(QuickFindTest.realPieces());
        pieces.addAll(CORNERS);
        int matches = 0;
        for (String piece : pieces) {
            List<String> expected = new ArrayList<>();
            Matcher value = ConceptReader.VALUE.pattern().matcher(piece);
            while (value.find()) {
                expected.add(value.start() + "-" + value.end() + " " + value.group("num") + " " + value.group("unit"));
            }
            List<String> found = new ArrayList<>();
            for (NumberScan.Match m : NumberScan.values(piece)) {
                found.add(m.start() + "-" + m.end() + " " + (m.same() ? null : piece.substring(m.numberStart(), m.numberEnd()))
                        + " " + m.unit());
            }
            assertThat(found).as("VALUE in «" + piece + "»").isEqualTo(expected);
            matches += found.size();

            List<String> bareExpected = new ArrayList<>();
            Matcher bare = ConceptReader.BARE_NUMBER.pattern().matcher(piece);
            while (bare.find()) {
                bareExpected.add(bare.start() + "-" + bare.end());
            }
            List<String> bareFound = new ArrayList<>();
            for (NumberScan.Match m : NumberScan.bareNumbers(piece)) {
                bareFound.add(m.start() + "-" + m.end());
            }
            assertThat(bareFound).as("BARE_NUMBER in «" + piece + "»").isEqualTo(bareExpected);
            assertThat(NumberScan.hasBareNumber(piece)).as("BARE_NUMBER in «" + piece + "»").isEqualTo(!bareExpected.isEmpty());

            Matcher longNumber = ConceptReader.LONG_NUMBER.pattern().matcher(piece);
            int expectedLength = longNumber.find() ? longNumber.end() - longNumber.start() : 0;
            assertThat(NumberScan.longNumber(piece, ConceptReader.MAX_DIGITS)).as("LONG_NUMBER in «" + piece + "»")
                    .isEqualTo(expectedLength);
        }
        assertThat(matches).isGreaterThan(5000);
    }

    @Test
    void spacesBetweenHanCharactersAreFoundAndClosedAsThePatternDoes() throws Exception {
        List<String> pieces = new ArrayList<>(QuickFindTest.realPieces());
        pieces.addAll(List.of("政 府 采 购", "政\u3000 府", " 政 府 ", "a 政", "政 a", "政  府  采", "政"));
        for (String piece : pieces) {
            Matcher m = ProseLines.HAN_SPACE.matcher(piece);
            int runs = 0;
            while (m.find()) {
                runs++;
            }
            assertThat(ProseLines.hanSpaceRuns(piece, Integer.MAX_VALUE)).as(piece).isEqualTo(runs);
            assertThat(ProseLines.withoutHanSpaces(piece)).as(piece)
                    .isEqualTo(ProseLines.HAN_SPACE.matcher(piece).replaceAll(""));
        }
    }
}
