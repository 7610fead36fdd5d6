package cn.districtbudget.core.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * Every {@link QuickFind} of the reader finds what its plain pattern's {@code find()} finds, on every line and
 * sentence of the sample and the corpus; and no character a match can start with is left out of its declared
 * first characters.
 */
class QuickFindTest {

    @Test
    void everyQuickPatternFindsWhatThePlainPatternFindsOnRealTexts() throws Exception {
        Map<String, QuickFind> patterns = readerPatterns();
        assertThat(patterns).hasSizeGreaterThan(15);
        List<String> pieces = realPieces();
        int matches = 0;
        for (Map.Entry<String, QuickFind> entry : patterns.entrySet()) {
            QuickFind quick = entry.getValue();
            for (String piece : pieces) {
                List<String> expected = new ArrayList<>();
                Matcher plain = quick.pattern().matcher(piece);
                while (plain.find()) {
                    expected.add(plain.start() + "-" + plain.end());
                }
                List<String> found = new ArrayList<>();
                QuickFind.Finder finder = quick.in(piece);
                while (finder.find()) {
                    found.add(finder.start() + "-" + finder.end());
                }
                assertThat(found).as(entry.getKey() + " in «" + piece + "»").isEqualTo(expected);
                assertThat(quick.foundIn(piece)).as(entry.getKey() + " in «" + piece + "»").isEqualTo(!expected.isEmpty());
                matches += found.size();
            }
        }
        assertThat(matches).isGreaterThan(5000);
    }

    @Test
    void noCharacterThatCanStartAMatchIsMissingFromTheDeclaredOnes() throws Exception {
        for (Map.Entry<String, QuickFind> entry : readerPatterns().entrySet()) {
            QuickFind quick = entry.getValue();
            for (char c = 1; c < Character.MAX_VALUE; c++) {
                Matcher m = quick.pattern().matcher(String.valueOf(c));
                if (m.lookingAt() || m.hitEnd()) {
                    assertThat(quick.canStartWith(c)).as(entry.getKey() + " can start with «" + c + "»").isTrue();
                }
            }
        }
    }

    @Test
    void lookbehindsAndTheEndOfTheTextAreSeenAsByThePlainPattern() {
        QuickFind number = QuickFind.of("(?<![\\d.])\\d+元", QuickFind.DIGITS);
        QuickFind.Finder finder = number.in("共1.5元，另12元");
        assertThat(finder.find()).isTrue();
        assertThat(finder.group()).isEqualTo("12元");
        assertThat(finder.find()).isFalse();
        QuickFind atEnd = QuickFind.of("没有$", "没");
        assertThat(atEnd.foundIn("没有变化")).isFalse();
        assertThat(atEnd.foundIn("变化没有")).isTrue();
    }

    private static Map<String, QuickFind> readerPatterns() throws IllegalAccessException {
        Map<String, QuickFind> patterns = new LinkedHashMap<>();
        for (Class<?> reader : List.of(ConceptReader.class, CountReader.class, StatedZeros.class, SummaryTable.class)) {
            for (Field field : reader.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == QuickFind.class) {
                    field.setAccessible(true);
                    patterns.put(reader.getSimpleName() + "." + field.getName(), (QuickFind) field.get(null));
                }
            }
        }
        return patterns;
    }

    /** Every line of the real texts, and every sentence and clause of them, as the reader sees them. */
    static List<String> realPieces() throws Exception {
        List<String> pieces = new ArrayList<>();
        for (String text : Samples.realTexts()) {
            SourceText source = SourceText.of(text);
            for (int number = 1; number <= source.size(); number++) {
                String line = source.line(number);
                pieces.add(line);
                for (String sentence : line.split("(?<=[。！？!?])")) {
                    pieces.add(sentence);
                    for (String clause : sentence.split("[，,；;]")) {
                        pieces.add(clause);
                    }
                }
            }
        }
        return pieces;
    }
}
