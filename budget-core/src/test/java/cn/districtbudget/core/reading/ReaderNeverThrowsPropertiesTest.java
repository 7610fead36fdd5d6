package cn.districtbudget.core.reading;

import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.core.finding.Finding;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** The reader returns a result, never an exception, on any input: random text and randomly damaged samples. */
class ReaderNeverThrowsPropertiesTest {

    private static final DisclosureReader READER = new DisclosureReader();
    private static final String SAMPLE = Samples.shanhaiguan();
    private static final String ALPHABET = "\t\n\r 0123456789.,，、：:；;（）()%％≥<=一二三四五六七八九十年月日万元"
            + "收入支出基本项目人员经费公用机关运行三公绩效政府采购资产部门预算决算公开说明较上年增加减少持平无变化主要为单位"
            + "優良中差萬經費預算\uFEFF\u3000";

    @Property(tries = 300)
    void arbitraryUnicodeText(@ForAll @StringLength(max = 400) String text) {
        assertReadable(text);
    }

    @Property(tries = 300)
    void textFromDisclosureVocabulary(@ForAll("vocabularyText") String text) {
        assertReadable(text);
        assertReadable("山海关区科学技术协会部门2019年部门预算公开说明\n一、部门职责及机构设置情况\n" + text);
    }

    @Property(tries = 200)
    void damagedSample(@ForAll("damagedSamples") String text) {
        ReadResult result = assertReadable(text);
        if (result.isDisclosure() && result.disclosure().department().name() == null) {
            assertThat(result.findings()).extracting(f -> f.rule()).contains("READ-IDENTITY-MISSING");
        } else if (result.isDisclosure()) {
            assertThat(result.disclosure().department().name()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> vocabularyText() {
        return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(600);
    }

    @Provide
    Arbitrary<String> damagedSamples() {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, SAMPLE.length());
        Arbitrary<Integer> length = Arbitraries.integers().between(0, 400);
        Arbitrary<String> insert = Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(30);
        Arbitrary<String> once = Combinators.combine(position, length, insert, Arbitraries.of(Damage.values()))
                .as(Damaged::new).map(d -> d.apply(SAMPLE));
        return once.flatMap(first -> Combinators.combine(position, length, insert, Arbitraries.of(Damage.values()))
                .as(Damaged::new).map(d -> d.apply(first)));
    }

    private static ReadResult assertReadable(String text) {
        ReadResult result = READER.read(text);
        assertThat(result).isNotNull();
        assertThat(result.findings()).noneMatch(f -> f.rule().equals("READ-INTERNAL-ERROR"));
        List<Finding> findings = result.findings();
        assertThat(findings).allSatisfy(f -> assertThat(f.rule()).startsWith("READ-"));
        if (!result.isDisclosure()) {
            assertThat(findings).extracting(Finding::rule).contains("READ-NOT-DISCLOSURE");
        }
        return result;
    }

    enum Damage { CUT_AFTER, DELETE, INSERT, DUPLICATE }

    record Damaged(int position, int length, String insert, Damage damage) {

        String apply(String text) {
            int at = Math.min(position, text.length());
            int end = Math.min(text.length(), at + length);
            return switch (damage) {
                case CUT_AFTER -> text.substring(0, at);
                case DELETE -> text.substring(0, at) + text.substring(end);
                case INSERT -> text.substring(0, at) + insert + text.substring(at);
                case DUPLICATE -> text.substring(0, end) + text.substring(at);
            };
        }
    }
}
