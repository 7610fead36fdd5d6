package cn.districtbudget.core.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The lexicon's one-pass search finds what each term alone finds, on the sample and every corpus text. */
class LexiconTest {

    /** The real texts normalised as the reader sees them. */
    private static List<String> realTexts() {
        return Samples.realTexts().stream().map(SourceText::normalise).toList();
    }

    @Test
    void everyTermStartsWithAListedFirstCharacterOnRealTexts() throws Exception {
        int matches = 0;
        for (String text : realTexts()) {
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
    void findingByFirstCharacterFindsWhatTheCombinedPatternFinds() throws Exception {
        int sentences = 0;
        int terms = 0;
        for (String text : realTexts()) {
            for (String sentence : text.split("(?<=[。！？!?\\n])")) {
                List<String> expected = new ArrayList<>();
                Matcher m = Lexicon.ANY_TERM.matcher(sentence);
                while (m.find()) {
                    if (m.end() > m.start()) {
                        int g = 1;
                        while (m.start(g) < 0) {
                            g++;
                        }
                        expected.add(m.start() + "-" + m.end() + " " + Lexicon.TERMS.get(g - 1).source());
                    }
                }
                List<String> found = new ArrayList<>();
                for (Lexicon.Found term : Lexicon.find(sentence)) {
                    found.add(term.start() + "-" + term.end() + " " + term.term().source());
                }
                assertThat(found).as(sentence).isEqualTo(expected);
                sentences++;
                terms += found.size();
            }
        }
        assertThat(sentences).isGreaterThan(3000);
        assertThat(terms).isGreaterThan(1000);
    }

    @Test
    void aTermIsFoundAfterTheWordsBeforeItAsTheCombinedPatternSeesThem() {
        // NOT_ITEM looks behind the term: 工资福利支出预算 is an item's, 部门支出预算 the department's
        assertThat(Lexicon.find("工资福利支出预算10万元")).extracting(f -> f.term().concept()).doesNotContain(
                cn.districtbudget.core.disclosure.Concept.EXPENDITURE_TOTAL);
        assertThat(Lexicon.find("部门支出预算10万元")).extracting(f -> f.term().concept()).contains(
                cn.districtbudget.core.disclosure.Concept.EXPENDITURE_TOTAL);
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
