package cn.districtbudget.core.reading;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.text.UnicodeSetIterator;
import org.junit.jupiter.api.Test;

/** The resource listing traditional characters must be exactly what ICU's transliterator changes. */
class TraditionalCharactersTest {

    @Test
    void resourceMatchesIcu() {
        Transliterator transliterator = Transliterator.getInstance(ChineseScript.TRANSLITERATOR_ID);
        UnicodeSet changing = new UnicodeSet();
        for (UnicodeSetIterator it = new UnicodeSetIterator(transliterator.getSourceSet()); it.next(); ) {
            String character = it.getString();
            if (!transliterator.transliterate(character).equals(character)) {
                changing.add(character);
            }
        }
        assertThat(ChineseScript.traditionalCharacters().toPattern(false))
                .as("regenerate %s from ICU", ChineseScript.CHARACTERS_RESOURCE)
                .isEqualTo(changing.toPattern(false));
    }

    @Test
    void convertsOnlyWhenNeeded() {
        assertThat(ChineseScript.hasTraditional("部门预算95.75万元")).isFalse();
        assertThat(ChineseScript.toSimplified("部門預算95.75萬元，經費")).isEqualTo("部门预算95.75万元，经费");
    }
}
