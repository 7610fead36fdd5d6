package cn.districtbudget.core.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.core.check.DisclosureChecker;
import cn.districtbudget.core.disclosure.Concept;
import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.core.disclosure.StatedFigure;
import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.money.Money;
import cn.districtbudget.core.reading.DisclosureReader;
import cn.districtbudget.core.reading.ReadingHints;
import cn.districtbudget.core.tables.TableReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * One disclosure from its files, on the real files of src/test/resources/real (figures checked by hand against the
 * PDFs: the tables' pages named in each assertion).
 */
class DisclosureAssemblerTest {

    private static final String CPPCC_NARRATIVE = "jiangsu-cppcc-office-2017-budget-narrative.pdf";
    private static final String CPPCC_TABLES = "jiangsu-cppcc-office-2017-budget-tables.pdf";
    private static final String SOCIAL_WORK = "shanghai-putuo-social-work-dept-2024-final-accounts.pdf";
    private static final String WANLI = "shanghai-putuo-wanli-street-2023-budget.pdf";
    private static final String TEMPLATE = "shanghai-putuo-2026-budget-tables-template-blank.xlsx";

    private final DisclosureAssembler assembler = new DisclosureAssembler();

    @Test
    void aNarrativeAndItsTablesFileAreOneDisclosureWithEachFileAsTheSourceOfItsFigures() {
        AssembledDisclosure set = assembler.assemble(List.of(pdf(CPPCC_NARRATIVE), pdf(CPPCC_TABLES)),
                ReadingHints.NONE);

        Disclosure d = set.disclosure();
        assertThat(d.department().name()).isEqualTo("江苏省政协办公厅");
        assertThat(d.year()).isEqualTo(2017);
        assertThat(d.kind()).isEqualTo(DisclosureKind.BUDGET);
        // the 收支预算总表 states the year's revenue as 当年收入小计 (the narrative's 本年收入预算合计 agrees with it)
        StatedFigure revenue = tableFigure(d, Concept.REVENUE_TOTAL);
        assertThat(revenue.money()).isEqualTo(Money.ofWan("9146.79"));
        assertThat(revenue.evidence().file()).isEqualTo(CPPCC_TABLES);
        assertThat(revenue.evidence().place()).isEqualTo("《收支预算总表》 第1页 第6行 第1列");
        assertThat(revenue.evidence().words()).contains("当年收入小计").contains("9,146.79");
        assertThat(d.revenue().total()).isEqualTo(Money.ofWan("9146.79"));
        // 收入合计 = 当年收入小计 + 上年结转资金: the grand total, never the year's revenue
        assertThat(d.amount(Concept.REVENUE_GRAND_TOTAL)).isEqualTo(Money.ofWan("9146.79"));
        // stated in both: the record keeps the narrative's, both figures are kept with their evidence
        assertThat(d.figures()).filteredOn(f -> f.concept() == Concept.EXPENDITURE_BASIC && !f.change())
                .extracting(f -> f.evidence().file()).containsExactly(CPPCC_NARRATIVE, CPPCC_TABLES);
        assertThat(d.expenditure().basic()).isEqualTo(Money.ofWan("5916.27"));
        // page 11: “三公”小计 676.10 (the 合计 1,852.32 beside it counts 会议费 and 培训费: not “三公”)
        assertThat(d.threePublic().total()).isEqualTo(Money.ofWan("676.10"));
        assertThat(d.threePublic().reception()).isEqualTo(Money.ofWan("443.50"));
        assertThat(d.operatingCosts().total()).isEqualTo(Money.ofWan("3348.98"));
        // 支出合计 9,146.79 = 基本 5,916.27 + 项目 3,123.68 + 单位预留机动经费 106.84 (page 3)
        assertThat(d.amount(Concept.EXPENDITURE_RESERVE)).isEqualTo(Money.ofWan("106.84"));
        assertThat(new DisclosureChecker().check(d).findings()).extracting(Finding::rule).doesNotContain("EXP-TOTAL-SUM");
        Disclosure withoutReserve = d.withFigures(d.figures().stream()
                .filter(f -> f.concept() != Concept.EXPENDITURE_RESERVE).toList());
        assertThat(new DisclosureChecker().check(withoutReserve).findings()).extracting(Finding::rule)
                .contains("EXP-TOTAL-SUM");
        assertThat(rules(set)).doesNotContain("TBL-TEXT-MISMATCH", "READ-SOURCES-DIFFER", "READ-UNIT-UNKNOWN");
        assertThat(set.findings()).filteredOn(f -> f.rule().startsWith("READ-"))
                .allSatisfy(f -> assertThat(f.message()).startsWith("〔" + CPPCC_NARRATIVE + "〕"))
                .isNotEmpty();
        assertThat(set.tables()).hasSize(2);
    }

    @Test
    void finalAccountTablesGiveTheYearsTotalsApartFromTheGrandTotalsAndTheBasicExpenditureParts() {
        Disclosure d = assembler.assemble(List.of(pdf(SOCIAL_WORK)), ReadingHints.NONE).disclosure();

        assertThat(d.kind()).isEqualTo(DisclosureKind.FINAL_ACCOUNTS);
        // page 5 收入支出决算总表: 本年收入合计 307.82, 总计 307.82 (nothing carried over)
        assertThat(tableFigure(d, Concept.REVENUE_GRAND_TOTAL).evidence().place())
                .isEqualTo("《收入支出决算总表》 第5页 第12行 第1列");
        assertThat(d.amount(Concept.EXPENDITURE_GRAND_TOTAL)).isEqualTo(Money.ofWan("307.82"));
        // page 13: 人员经费合计 95.36, 公用经费合计 10.23
        assertThat(d.amount(Concept.GPB_EXPENDITURE_PERSONNEL)).isEqualTo(Money.ofWan("95.36"));
        assertThat(d.amount(Concept.GPB_EXPENDITURE_PUBLIC_USE)).isEqualTo(Money.ofWan("10.23"));
        // page 8 支出决算表 合计 row: 基本支出 105.58, 项目支出 202.24
        assertThat(tableFigure(d, Concept.EXPENDITURE_PROJECT).money()).isEqualTo(Money.ofWan("202.24"));
    }

    @Test
    void aTextFigureRoundedToTheUnitItPrintsAgreesWithTheTableAndAnyOtherFigureIsReported() {
        // 收入总计 in the 收支预算总表 (page 10) is 164,978,640元 = 16,497.864万元
        String agrees = "上海市普陀区万里街道办事处2023年部门预算\n一、收支预算总体情况\n2023年收入总计16,498万元。\n";
        String differs = "上海市普陀区万里街道办事处2023年部门预算\n一、收支预算总体情况\n2023年收入总计16,497万元。\n";

        AssembledDisclosure ok = assembler.assemble(List.of(SourceDocument.text("说明.txt", agrees),
                tablesOnly(WANLI)), ReadingHints.NONE);
        AssembledDisclosure wrong = assembler.assemble(List.of(SourceDocument.text("说明.txt", differs),
                tablesOnly(WANLI)), ReadingHints.NONE);

        assertThat(ok.disclosure().figure(Concept.REVENUE_GRAND_TOTAL).money()).isEqualTo(Money.ofWan("16498"));
        assertThat(rules(ok)).doesNotContain("TBL-TEXT-MISMATCH");
        Finding mismatch = wrong.findings().stream().filter(f -> f.rule().equals("TBL-TEXT-MISMATCH"))
                .findFirst().orElseThrow();
        assertThat(mismatch.line()).isEqualTo(3);
        assertThat(mismatch.message()).contains("16497万元").contains("164,978,640").contains("第10页")
                .contains("16497.864万元");
        // the record keeps what the text states; the table's figure stays beside it
        assertThat(wrong.disclosure().amount(Concept.REVENUE_GRAND_TOTAL)).isEqualTo(Money.ofWan("16497"));
        assertThat(tableFigure(wrong.disclosure(), Concept.REVENUE_GRAND_TOTAL).money())
                .isEqualTo(Money.ofYuan("164978640"));
    }

    @Test
    void tablesAloneAreADisclosureWhoseMissingDepartmentIsReported() {
        AssembledDisclosure set = assembler.assemble(List.of(tablesOnly(CPPCC_TABLES)), ReadingHints.NONE);

        assertThat(set.disclosure().department().name()).isNull();
        assertThat(set.disclosure().kind()).isEqualTo(DisclosureKind.BUDGET);
        assertThat(set.disclosure().revenue().total()).isEqualTo(Money.ofWan("9146.79"));
        assertThat(set.findings()).filteredOn(f -> f.rule().equals("READ-IDENTITY-MISSING"))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("部门名称"));

        Disclosure named = assembler.assemble(List.of(tablesOnly(CPPCC_TABLES)),
                new ReadingHints("江苏省政协办公厅", 2017, null, null)).disclosure();
        assertThat(named.department().name()).isEqualTo("江苏省政协办公厅");
        assertThat(named.year()).isEqualTo(2017);
    }

    @Test
    void aBlankTemplateIsNoDisclosureAndSaysSo() {
        AssembledDisclosure set = assembler.assemble(List.of(tablesOnly(TEMPLATE)), ReadingHints.NONE);

        assertThat(set.isDisclosure()).isFalse();
        assertThat(rules(set)).containsExactly("TBL-TEMPLATE");
    }

    @Test
    void aTextAloneIsReadExactlyAsTheReaderReadsIt() throws IOException {
        String sample = Files.readString(Path.of("..", "..", "shared", "samples", "shanhaiguan-kexie-2019-budget.txt"));

        AssembledDisclosure set = assembler.assemble(List.of(SourceDocument.text("kexie.txt", sample)),
                ReadingHints.NONE);

        var direct = new DisclosureReader().read(sample, ReadingHints.file("kexie.txt"));
        assertThat(set.disclosure()).isEqualTo(direct.disclosure());
        assertThat(set.findings()).isEqualTo(direct.findings());
    }

    @Test
    void twoFilesOfDifferentYearsAreReported() {
        String a = "某区科协2023年部门预算\n2023年收入合计100万元。\n";
        String b = "某区科协2024年部门预算\n2024年收入合计120万元。\n";

        AssembledDisclosure set = assembler.assemble(List.of(SourceDocument.text("a.txt", a),
                SourceDocument.text("b.txt", b)), ReadingHints.NONE);

        assertThat(set.disclosure().year()).isEqualTo(2023);
        assertThat(set.disclosure().revenue().total()).isEqualTo(Money.ofWan("100"));
        assertThat(set.findings()).filteredOn(f -> f.rule().equals("READ-SOURCES-DIFFER"))
                .extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("a.txt").contains("b.txt").contains("2023年与2024年"))
                .anySatisfy(m -> assertThat(m).contains("100万元").contains("120万元"));
    }

    private static StatedFigure tableFigure(Disclosure d, Concept concept) {
        return d.figures().stream().filter(f -> f.concept() == concept && !f.change() && f.evidence().fromTable())
                .findFirst().orElseThrow(() -> new AssertionError("no table figure for " + concept));
    }

    private static List<String> rules(AssembledDisclosure set) {
        return set.findings().stream().map(Finding::rule).distinct().toList();
    }

    private static SourceDocument pdf(String name) {
        byte[] bytes = bytes(name);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new SourceDocument(name, new PDFTextStripper().getText(document), TableReader.read(name, bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SourceDocument tablesOnly(String name) {
        return new SourceDocument(name, null, TableReader.read(name, bytes(name)));
    }

    private static byte[] bytes(String name) {
        try (InputStream in = DisclosureAssemblerTest.class.getResourceAsStream("/real/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
