package cn.districtbudget.core.reading;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.text.UnicodeSetIterator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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

    /** The per-character conversion (remembered per character) gives exactly ICU's result on every real text. */
    @Test
    void characterByCharacterEqualsIcuOnTheCorpus() throws Exception {
        Path corpus = Path.of(TraditionalCharactersTest.class.getResource("/corpus").toURI());
        List<Path> sources;
        try (Stream<Path> entries = Files.list(corpus)) {
            sources = entries.map(p -> p.resolve("source.txt")).filter(Files::exists).sorted().toList();
        }
        int traditional = 0;
        for (Path source : sources) {
            String text = Files.readString(source, StandardCharsets.UTF_8);
            if (ChineseScript.hasTraditional(text)) {
                traditional++;
            }
            assertThat(ChineseScript.toSimplified(text)).as(source.toString())
                    .isEqualTo(ChineseScript.transliterateWithIcu(text));
        }
        assertThat(traditional).as("corpus texts in traditional characters").isGreaterThan(5);
    }
}
