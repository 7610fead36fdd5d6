package cn.districtbudget.core.reading;

import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.disclosure.FixedAssets;
import cn.districtbudget.core.disclosure.Indicator;
import cn.districtbudget.core.disclosure.PerformanceTargets;
import cn.districtbudget.core.disclosure.Procurement;
import cn.districtbudget.core.disclosure.StatedChange;
import cn.districtbudget.core.disclosure.ThreePublic;
import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.finding.Section;
import cn.districtbudget.core.finding.Severity;
import cn.districtbudget.core.money.Money;
import cn.districtbudget.core.money.MoneyUnit;
import com.ibm.icu.text.Transliterator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The sample as real documents vary it: each variant must read to the same figures as the sample. */
class ReadingVariantsTest {

    private static final DisclosureReader READER = new DisclosureReader();
    private static final String SAMPLE = Samples.shanhaiguan();
    private static final Disclosure EXPECTED = READER.read(SAMPLE).disclosure();

    private static ReadResult read(String text) {
        return READER.read(text);
    }

    private static List<String> rules(ReadResult result) {
        return result.findings().stream().map(Finding::rule).toList();
    }

    @Test
    void crlfLineEnds() {
        ReadResult result = read(SAMPLE.replace("\n", "\r\n"));
        assertSameReading(result.disclosure(), EXPECTED);
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void byteOrderMarkAndOldMacLineEnds() {
        ReadResult result = read("\uFEFF" + SAMPLE.replace("\n", "\r"));
        assertSameReading(result.disclosure(), EXPECTED);
    }

    @Test
    void strayBlankLinesAndPageNoiseBeforeAndAfter() {
        String noisy = "首页 > 信息公开 > 财政预决算\n打印本页    关闭窗口\n\n"
                + SAMPLE.replace("\n\n", "\n\n\n")
                + "\n\n【打印本页】【关闭窗口】\n主办：秦皇岛市山海关区人民政府 版权所有\n";
        ReadResult result = read(noisy);
        assertSameReading(result.disclosure(), EXPECTED);
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void fullWidthDigitsAndPunctuation() {
        StringBuilder wide = new StringBuilder();
        for (char c : SAMPLE.toCharArray()) {
            if (c >= '0' && c <= '9') {
                wide.append((char) (c - '0' + '０'));
            } else {
                wide.append(switch (c) {
                    case '.' -> '．';
                    case '%' -> '％';
                    case '<' -> '＜';
                    case '=' -> '＝';
                    case '(' -> '（';
                    case ')' -> '）';
                    case ':' -> '：';
                    case ';' -> '；';
                    default -> c;
                });
            }
        }
        assertThat(wide.toString()).contains("９５．７５万元").contains("≥９０％");
        ReadResult result = read(wide.toString());
        Disclosure d = result.disclosure();
        assertThat(result.findings()).isEmpty();
        assertThat(d.revenue()).isEqualTo(EXPECTED.revenue());
        assertThat(d.expenditure()).isEqualTo(EXPECTED.expenditure());
        assertThat(d.priorYearChange()).isEqualTo(EXPECTED.priorYearChange());
        assertThat(d.operatingCosts()).isEqualTo(EXPECTED.operatingCosts());
        assertThat(d.threePublic()).isEqualTo(EXPECTED.threePublic());
        assertThat(d.fixedAssets()).isEqualTo(EXPECTED.fixedAssets());
        assertThat(d.procurement()).isEqualTo(EXPECTED.procurement());
        assertThat(d.department().code()).isEqualTo("731");
        assertThat(d.year()).isEqualTo(2019);
        assertThat(thresholds(d.performance())).isEqualTo(thresholds(EXPECTED.performance()));
        assertThat(d.performance().activities()).extracting(a -> a.budget()).isEqualTo(
                EXPECTED.performance().activities().stream().map(a -> a.budget()).toList());
    }

    @Test
    void traditionalCharacters() {
        String traditional = Transliterator.getInstance("Simplified-Traditional").transliterate(SAMPLE);
        assertThat(traditional).contains("萬元").contains("預算").contains("經費");
        ReadResult result = read(traditional);
        assertThat(result.findings()).isEmpty();
        assertSameReading(result.disclosure(), EXPECTED);
    }

    @Test
    void amountsInYuanWithThousandsSeparators() {
        String yuan = inYuan(SAMPLE);
        assertThat(yuan).contains("957,500.00元").contains("单位：元").doesNotContain("95.75万元");
        ReadResult result = read(yuan);
        assertThat(result.findings()).isEmpty();
        Disclosure d = result.disclosure();
        assertThat(d.unit()).isEqualTo(MoneyUnit.YUAN);
        Disclosure expectedInYuan = new Disclosure(EXPECTED.department(), EXPECTED.year(), EXPECTED.kind(),
                MoneyUnit.YUAN, EXPECTED.revenue(), EXPECTED.expenditure(), EXPECTED.priorYearChange(),
                EXPECTED.operatingCosts(), EXPECTED.threePublic(), EXPECTED.performance(), EXPECTED.procurement(),
                EXPECTED.fixedAssets(), EXPECTED.figures());
        assertSameReading(d, expectedInYuan);
        assertThat(d.figure(cn.districtbudget.core.disclosure.Concept.REVENUE_TOTAL).unit()).isEqualTo("元");
    }

    @Test
    void tablesWithOneRowPerTabSeparatedLine() {
        String rows = oneRowPerLine(SAMPLE);
        assertThat(rows).contains("\t职责活动\t年度预算数\t内容描述\t绩效目标\t绩效指标\t评价标准")
                .contains("\t资产总额\t10\t5.67");
        ReadResult result = read(rows);
        assertThat(result.findings()).isEmpty();
        assertSameReading(result.disclosure(), EXPECTED);
    }

    @Test
    void stableZeroChangesStatedAsNoChange() {
        String text = SAMPLE
                .replace("基本支出增加24.06万元，主要为人员工资支出", "基本支出与上年相比没有变化")
                .replace("公务接待费减少0.06万元，主要是减少公务接待项目经费", "公务接待费无变化")
                .replace("公务用车购置与上年持平，无变化", "公务用车购置费与上年相同");
        Disclosure d = read(text).disclosure();
        assertThat(d.priorYearChange().basic()).isEqualTo(new StatedChange(Money.ZERO, null));
        assertThat(d.threePublic().change().reception()).isEqualTo(new StatedChange(Money.ZERO, null));
        assertThat(d.threePublic().change().vehiclePurchase()).isEqualTo(new StatedChange(Money.ZERO, null));
        assertThat(d.priorYearChange().project()).isEqualTo(EXPECTED.priorYearChange().project());
    }

    @Test
    void truncatedHalfWayIsReportedAndNothingAfterTheCutIsInvented() {
        List<String> lines = SAMPLE.lines().toList();
        String half = String.join("\n", lines.subList(0, 200));
        ReadResult result = read(half);
        Disclosure d = result.disclosure();
        assertThat(d).isNotNull();
        assertThat(result.findings()).filteredOn(f -> f.rule().equals("READ-TRUNCATED"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.line()).isEqualTo(199);
                    assertThat(f.message()).contains("政府采购").contains("国有资产信息");
                });
        assertThat(d.revenue()).isEqualTo(EXPECTED.revenue());
        assertThat(d.threePublic()).isEqualTo(EXPECTED.threePublic());
        assertThat(d.procurement()).isEqualTo(Procurement.NOT_STATED);
        assertThat(d.fixedAssets()).isEqualTo(FixedAssets.NOT_STATED);
        assertThat(d.performance().activities()).hasSize(3);
        assertThat(d.performance().indicators()).hasSize(8);
        assertThat(d.performance().indicators().get(7))
                .isEqualTo(new Indicator("设施购置率", "95%及以上", "90%及以上", "85%及以上", "70%以下"));
    }

    @Test
    void truncatedInsideATableRowReportsTheShortRow() {
        List<String> lines = SAMPLE.lines().toList();
        ReadResult result = read(String.join("\n", lines.subList(0, 197)));
        assertThat(rules(result)).contains("READ-TRUNCATED", "READ-ROW-NOT-UNDERSTOOD");
        assertThat(result.disclosure().performance().indicators()).hasSize(7);
    }

    @Test
    void sectionsMissing() {
        List<String> lines = new ArrayList<>(SAMPLE.lines().toList());
        // drop 四、“三公” (lines 45-47) and 六、政府采购 (lines 391-481), from the end backwards
        lines.subList(390, 481).clear();
        lines.subList(44, 47).clear();
        ReadResult result = read(String.join("\n", lines));
        Disclosure d = result.disclosure();
        int performanceHeading = lines.indexOf("    五、绩效预算信息") + 1;
        int assetsHeading = lines.indexOf("七、国有资产信息") + 1;
        assertThat(result.findings()).extracting(Finding::rule, Finding::section, Finding::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("READ-SECTION-MISSING", Section.THREE_PUBLIC, performanceHeading),
                org.assertj.core.groups.Tuple.tuple("READ-SECTION-MISSING", Section.PROCUREMENT, assetsHeading));
        assertThat(performanceHeading).isEqualTo(45);
        assertThat(d.threePublic()).isEqualTo(ThreePublic.NOT_STATED);
        assertThat(d.procurement()).isEqualTo(Procurement.NOT_STATED);
        assertThat(d.operatingCosts()).isEqualTo(EXPECTED.operatingCosts());
        assertThat(d.fixedAssets()).isEqualTo(EXPECTED.fixedAssets());
    }

    @Test
    void missingCellInATableRowIsReportedNotShifted() {
        String text = SAMPLE.replaceFirst("\t85%以上\n\t60%以下\n", "\t85%以上\n");
        ReadResult result = read(text);
        assertThat(result.findings()).filteredOn(f -> f.rule().equals("READ-ROW-NOT-UNDERSTOOD"))
                .singleElement().extracting(Finding::line).isEqualTo(100);
        List<Indicator> indicators = result.disclosure().performance().indicators();
        assertThat(indicators).hasSize(21).doesNotContain(EXPECTED.performance().indicators().get(0));
        assertThat(indicators).isEqualTo(EXPECTED.performance().indicators().subList(1, 22));
    }

    @Test
    void amountWithoutUnitIsReportedAndLeftAbsent() {
        ReadResult result = read(SAMPLE.replace("人员经费85.95万元", "人员经费85.95"));
        assertThat(result.disclosure().expenditure().personnel()).isNull();
        assertThat(result.disclosure().expenditure().publicUse()).isEqualTo(Money.ofWan("9.3"));
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("READ-UNIT-UNKNOWN");
            assertThat(f.line()).isEqualTo(38);
            assertThat(f.section()).isEqualTo(Section.EXPENDITURE);
        });
    }

    @Test
    void aNumberOfAMillionDigitsIsReportedNotParsed() {
        String huge = "9".repeat(1_000_000);
        long start = System.nanoTime();
        ReadResult result = read(SAMPLE.replace("邮电费0.68万元", "邮电费" + huge + "万元")
                .replace("\t5.67\n", "\t" + huge + "\n"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(result.disclosure().operatingCosts().items()).extracting(OperatingItemName::of)
                .doesNotContain("邮电费");
        assertThat(result.disclosure().fixedAssets().categories()).isNotEmpty();
        assertThat(result.findings()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("READ-FIGURE-AMBIGUOUS");
            assertThat(f.message()).contains("1000000位的数字");
            assertThat(f.line()).isEqualTo(44);
        });
        assertThat(millis).as("no quadratic work on a long number").isLessThan(20_000);
    }

    /** The name of an operating-cost line. */
    private interface OperatingItemName {
        static String of(cn.districtbudget.core.disclosure.OperatingCosts.Item item) {
            return item.name();
        }
    }

    @Test
    void figureStatedTwiceWithDifferentAmountsIsAmbiguousAndAbsent() {
        ReadResult result = read(SAMPLE.replace("基金预算收入0万元", "基金预算收入0万元，基金预算收入3万元"));
        assertThat(result.disclosure().revenue().governmentFund()).isNull();
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("READ-FIGURE-AMBIGUOUS");
            assertThat(f.line()).isEqualTo(35);
        });
    }

    @Test
    void missingMainFigureIsReported() {
        ReadResult result = read(SAMPLE.replace("机关运行经费共计安排9.3万元，", ""));
        assertThat(result.disclosure().operatingCosts().total()).isNull();
        assertThat(rules(result)).containsExactly("READ-FIGURE-MISSING");
        assertThat(result.findings().get(0).line()).isEqualTo(42);
    }

    @Test
    void headingsNumberedAsParts() {
        String text = SAMPLE.replace("    一、部门职责及机构设置情况", "第一部分 部门职责及机构设置情况")
                .replace("三、机关运行经费安排情况", "第三部分 机关运行经费安排情况");
        ReadResult result = read(text);
        assertThat(result.findings()).isEmpty();
        assertSameReading(result.disclosure(), EXPECTED);
    }

    @Test
    void readsConcurrentlyWithTheSameResult() {
        List<Disclosure> results = java.util.stream.IntStream.range(0, 64).parallel()
                .mapToObj(i -> READER.read(i % 2 == 0 ? SAMPLE : SAMPLE.replace("\n", "\r\n")).disclosure())
                .toList();
        assertThat(results).allMatch(EXPECTED::equals);
    }

    @Test
    void finalAccountsTitle() {
        String text = SAMPLE.replaceFirst("部门2019年部门预算公开说明", "部门2019年部门决算公开说明")
                .replace("2019年预算收入为", "2019年决算收入为");
        Disclosure d = read(text).disclosure();
        assertThat(d.kind()).isEqualTo(cn.districtbudget.core.disclosure.DisclosureKind.FINAL_ACCOUNTS);
        assertThat(d.revenue().total()).isEqualTo(Money.ofWan("95.75"));
    }

    @Test
    void textsThatAreNotDisclosures() {
        for (String text : Arrays.asList("", null, "hello world", "\u0000\u0001binary",
                "2019年部门预算公开说明", "关于印发《2019年部门预算公开说明》的通知\n正文没有章节")) {
            ReadResult result = read(text);
            assertThat(result.isDisclosure()).as(String.valueOf(text)).isFalse();
            assertThat(result.findings()).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo("READ-NOT-DISCLOSURE");
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
            });
        }
    }

    /**
     * The same disclosure, figure by figure: records equal, and the same concepts with the same values (the evidence,
     * lines and printed units, follows the variant's own text).
     */
    static void assertSameReading(Disclosure actual, Disclosure expected) {
        assertThat(actual).isNotNull();
        assertThat(actual.withFigures(List.of())).isEqualTo(expected.withFigures(List.of()));
        assertThat(figureValues(actual)).isEqualTo(figureValues(expected));
    }

    static List<String> figureValues(Disclosure d) {
        return d.figures().stream().map(f -> f.key() + "=" + f.value().stripTrailingZeros().toPlainString()).toList();
    }

    private static List<String> thresholds(PerformanceTargets performance) {
        return performance.indicators().stream()
                .map(i -> String.join("|", i.excellent(), i.good(), i.fair(), i.poor())).toList();
    }

    /** Every amount in 万元 restated in 元 with thousands separators and fen, table units and cells too. */
    static String inYuan(String text) {
        Matcher amount = Pattern.compile("(\\d+(?:\\.\\d+)?)万元(?!以上)").matcher(text);
        StringBuilder out = new StringBuilder();
        while (amount.find()) {
            BigDecimal yuan = new BigDecimal(amount.group(1)).multiply(BigDecimal.valueOf(10_000));
            amount.appendReplacement(out, String.format("%,.2f元", yuan));
        }
        amount.appendTail(out);
        String result = out.toString().replace("单位：万元", "单位：元");
        for (String wan : List.of("0.5", "5.67", "2.06", "3.61")) {
            String yuan = String.format("%,.2f", new BigDecimal(wan).multiply(BigDecimal.valueOf(10_000)));
            result = result.replace("\n\t" + wan + "\n", "\n\t" + yuan + "\n");
        }
        return result;
    }

    /** Table rows as single tab-separated lines (cells of several lines keep their line breaks). */
    static String oneRowPerLine(String text) {
        StringBuilder out = new StringBuilder();
        boolean inRow = false;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("\t")) {
                if (!inRow && out.length() > 0) {
                    out.append('\n');
                }
                out.append(line);
                inRow = true;
            } else {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(line);
                inRow = !line.isBlank() && inRow;
            }
        }
        return out.toString();
    }
}
