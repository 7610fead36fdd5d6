package cn.districtbudget.core.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The second characters {@link Lexicon#find} lets through after a term's first character: every character a term
 * can go on with is among them (checked for every character of the basic plane), so skipping the others misses no
 * term.
 */
class LexiconSecondCharactersTest {

    @Test
    void noCharacterATermCanGoOnWithIsSkipped() throws Exception {
        java.lang.reflect.Field field = Lexicon.class.getDeclaredField("STARTING_WITH");
        field.setAccessible(true);
        Lexicon.StartingWith[] table = (Lexicon.StartingWith[]) field.get(null);
        int checked = 0;
        for (int i = 0; i < table.length; i++) {
            Lexicon.StartingWith starting = table[i];
            if (starting == null || starting.anySecond()) {
                continue;
            }
            char first = Lexicon.FIRST_CHARACTERS.charAt(i);
            Matcher m = starting.pattern().matcher("");
            char[] pair = new char[2];
            pair[0] = first;
            for (char c = 1; c < Character.MAX_VALUE; c++) {
                if (Character.isSurrogate(c)) {
                    continue;
                }
                pair[1] = c;
                m.reset(new String(pair));
                if (m.lookingAt() || m.hitEnd()) {
                    assertThat(starting.mayContinueWith(c)).as("«" + first + c + "»").isTrue();
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(1_000_000);
    }

    @Test
    void findsTheSameTermsAsTheWholeAlternationOnRealTexts() throws Exception {
        for (String piece : QuickFindTest.realPieces()) {
            StringBuilder expected = new StringBuilder();
            Matcher m = Lexicon.ANY_TERM.matcher(piece);
            while (m.find()) {
                expected.append(m.start()).append('-').append(m.end()).append(' ');
            }
            StringBuilder found = new StringBuilder();
            for (Lexicon.Found f : Lexicon.find(piece)) {
                found.append(f.start()).append('-').append(f.end()).append(' ');
            }
            assertThat(found.toString()).as(piece).isEqualTo(expected.toString());
        }
    }
}
