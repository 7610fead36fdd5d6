package cn.districtbudget.core.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The lexicon's one-pass pattern finds what each term alone finds, on the sample and every corpus text. */
class LexiconTest {

    @Test
    void everyTermStartsWithAListedFirstCharacterOnRealTexts() throws Exception {
        List<String> texts = new ArrayList<>();
        texts.add(Samples.shanhaiguan());
        Path corpus = Path.of(LexiconTest.class.getResource("/corpus").toURI());
        try (Stream<Path> entries = Files.list(corpus)) {
            for (Path entry : entries.filter(Files::isDirectory).toList()) {
                texts.add(SourceText.normalise(
                        Files.readString(entry.resolve("source.txt"), StandardCharsets.UTF_8)));
            }
        }
        int matches = 0;
        for (String text : texts) {
            for (Lexicon.Term term : Lexicon.TERMS) {
                Matcher m = term.pattern().matcher(text);
                while (m.find()) {
                    if (m.end() > m.start()) {
                        matches++;
                        assertThat(Lexicon.FIRST_CHARACTERS).as(term.source() + " matched «" + m.group() + "»")
                                .contains(String.valueOf(text.charAt(m.start())));
                    }
                }
            }
        }
        assertThat(matches).isGreaterThan(1000);
    }

    @Test
    void theCombinedPatternNamesTheTermThatMatched() {
        Matcher m = Lexicon.ANY_TERM.matcher("本年收入合计3765.66万元，其中：财政拨款收入1614.63万元");
        List<String> found = new ArrayList<>();
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.start(g) >= 0) {
                    found.add(Lexicon.TERMS.get(g - 1).concept() + ":" + m.group());
                    break;
                }
            }
        }
        assertThat(found).containsExactly("REVENUE_TOTAL:本年收入合计", "REVENUE_FISCAL_APPROPRIATION:财政拨款收入");
    }
}
