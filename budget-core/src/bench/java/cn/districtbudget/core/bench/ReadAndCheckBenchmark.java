package cn.districtbudget.core.bench;

import cn.districtbudget.core.check.CheckReport;
import cn.districtbudget.core.check.DisclosureChecker;
import cn.districtbudget.core.reading.DisclosureReader;
import cn.districtbudget.core.reading.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading and checking one sample-sized disclosure (the real sample, 537 lines), single-threaded, after warm-up.
 * Target: median at most 2 ms; a 50-page text (the sample and real corpus texts, 75,000 characters) at most 20 ms.
 * The warm-up is 30 s: on one core the JIT compiler shares the core with the benchmark and needs 15–25 s of it
 * before the 50-page figure stops falling (docs/benchmarks.md has the curve). Run: see docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ReadAndCheckBenchmark {

    private final DisclosureReader reader = new DisclosureReader();
    private final DisclosureChecker checker = new DisclosureChecker();
    private String sample;
    private String fiftyPages;
    private String fiftyPagesOneYear;

    /** About 1,500 characters make a printed page of a disclosure. */
    static final int FIFTY_PAGES = 50 * 1_500;

    @Setup
    public void loadSample() throws IOException, URISyntaxException {
        try (InputStream in = getClass().getResourceAsStream("/samples/shanhaiguan-kexie-2019-budget.txt")) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        fiftyPages = fiftyPages(sample, false);
        fiftyPagesOneYear = fiftyPages(sample, true);
    }

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})(\\s*年)");
    private static final Pattern ENTRY_YEAR = Pattern.compile("-((?:19|20)\\d{2})-");

    /**
     * The corpus entries that follow the sample in the 50-page texts: fixed, so that the benchmark's text does not
     * move when entries are added to the corpus (until 2026-12-02 the texts took the corpus in name order, and each
     * new batch changed them). These are the 101 entries that order gave on 2026-12-02 (75,519 characters with the
     * sample).
     */
    static final List<String> FIFTY_PAGE_ENTRIES = """
            anhui-chaohu-court-threepublic-2021-final-excerpt
            anhui-chizhou-jiangnan-zone-2024-budget-excerpt
            anhui-duji-affairs-2021-final-excerpt
            anhui-duji-devzone-threepublic-2020-budget
            anhui-duji-govoffice-threepublic-2021-final-excerpt
            anhui-huaibei-lieshan-district-2023-budget-excerpt
            anhui-huaiyuan-shuangqiaoji-threepublic-2020-final-excerpt
            anhui-huaiyuan-water-2025-budget-excerpt
            anhui-huaiyuan-xuwei-township-2020-budget-excerpt
            anhui-jingxian-school-threepublic-2021-budget-excerpt
            anhui-jixi-cppcc-threepublic-2013-final
            anhui-nanling-xuzhen-threepublic-2020-final
            anhui-ningguo-urbanmgmt-threepublic-2016-final-excerpt
            anhui-shouxian-justice-2022-budget-excerpt
            anhui-shouxian-relics-2023-final-excerpt
            anhui-xuanzhou-workcommittee-threepublic-2020-budget-excerpt
            beijing-chaoyang-finance-2022-final-excerpt
            beijing-national-audit-office-threepublic-2010-final
            beijing-palace-museum-2023-budget-excerpt
            central-level-threepublic-2021-budget
            central-level-threepublic-2022-final
            chongqing-city-level-2024-budget-excerpt
            chongqing-fuling-district-2023-budget-excerpt
            chongqing-fuling-jiaoshi-2020-final-excerpt
            chongqing-fuling-town-2024-budget-excerpt
            chongqing-fuling-wulingshan-township-2023-budget
            chongqing-fuling-xinmiao-2021-final
            chongqing-jiangbei-district-2021-budget-excerpt
            chongqing-kaizhou-dajin-2024-final-excerpt
            chongqing-liangping-xinsheng-culture-2024-budget
            chongqing-qianjiang-threepublic-2017-final
            chongqing-qijiang-highway-2023-final-excerpt
            chongqing-rongchang-guchang-livestock-2024-budget
            chongqing-tongliang-anju-2021-final
            chongqing-tongliang-weilong-2021-final
            chongqing-wansheng-park-2024-budget
            chongqing-wanzhou-highway-2024-budget
            chongqing-wulong-procuratorate-2023-budget-excerpt
            chongqing-yuzhong-district-2017-budget-excerpt
            chongqing-yuzhong-district-threepublic-2020-final
            fujian-changle-district-threepublic-2017-final
            fujian-province-threepublic-2013-budget
            fujian-province-threepublic-2016-final
            fujian-putian-meizhoudao-2024-budget-excerpt
            gansu-gannan-unit-threepublic-2015-final
            gansu-tianshui-kindergarten-2017-final-excerpt
            gansu-wushan-weather-2022-budget-excerpt
            guangdong-city-dept-2019-budget-excerpt
            guangdong-finance-dept-2023-final-excerpt
            guangdong-heshan-water-threepublic-2018-budget
            guangdong-qingyuan-ecoenv-threepublic-2019-final-excerpt
            guangdong-zhanjiang-propaganda-threepublic-2017-final
            guangdong-zhanjiang-quality-threepublic-2018-budget
            guangxi-baise-city-2024-budget-excerpt
            guangxi-dongxing-court-2023-budget
            guangxi-guilin-justice-2015-budget-excerpt
            guangxi-luzhai-threepublic-2019-final-excerpt
            guangxi-sanjiang-dudong-forestry-2024-budget
            guangxi-wuzhou-agriquality-2020-final-excerpt
            guangxi-wuzhou-civilaffairs-2025-budget-excerpt
            guangxi-wuzhou-dept1208-2021-budget-excerpt
            guangxi-wuzhou-dept1218-2022-budget-excerpt
            guangxi-wuzhou-dept1284-2023-budget-excerpt
            guangxi-wuzhou-dept1412-2024-budget-excerpt
            guangxi-wuzhou-dept1823-2025-budget-excerpt
            guangxi-wuzhou-dept843-2023-budget-excerpt
            guangxi-wuzhou-junxiu-2021-final-excerpt
            guangxi-wuzhou-school1078-2023-budget-excerpt
            guangxi-wuzhou-unit-2023-final-excerpt
            guizhou-guiyang-hitech-zone-2024-budget-excerpt
            hainan-audit-dept-threepublic-2016-budget
            hainan-haikou-intermediate-court-threepublic-2021-final
            hainan-huaqiao-business-school-2022-final-excerpt
            hainan-transport-dept-threepublic-2022-budget
            hebei-pingshan-xiakou-finance-2025-budget-excerpt
            henan-blood-center-2023-budget
            henan-luoyang-no4-highschool-2023-budget-excerpt
            henan-province-threepublic-2013-final
            henan-province-threepublic-2015-final
            hubei-echeng-threepublic-2022-final-excerpt
            hubei-suizhou-forestpark-2022-budget-excerpt
            hubei-wuhan-hanyang-threepublic-2013-final
            hunan-dingcheng-edu-2018-final-excerpt
            hunan-qiyang-wuxi-edu-2024-budget
            hunan-taojiang-2019-final-excerpt
            hunan-yuanling-county-threepublic-2021-budget
            hunan-yueyang-county-threepublic-2015-final
            hunan-yueyang-forestry-2022-budget-excerpt
            hunan-yueyang-immigration-threepublic-2015-final
            hunan-yueyang-taichuang-threepublic-2017-budget
            innermongolia-ordos-threepublic-2021-final
            jiangxi-fengxin-county-2023-budget-excerpt
            jiangxi-shangyou-sixia-town-2022-budget-excerpt
            neimenggu-ordos-unit-2022-budget-excerpt
            ningxia-yinchuan-xixia-govoffice-2018-final-excerpt
            qinghai-procuratorate-2015-budget-excerpt
            shaanxi-huanglong-dept-threepublic-2018-final
            shaanxi-huanglong-threepublic-2020-final
            shaanxi-province-threepublic-2010-final
            shaanxi-xian-xincheng-health-2019-budget-excerpt
            shandong-province-threepublic-2013-final
            """.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();

    /**
     * The sample followed by the real texts of {@link #FIFTY_PAGE_ENTRIES} up to 50 pages. The reader skips
     * sentences about another year than the document's (the sample's 2019), so most corpus sentences stop at that
     * test; {@code oneYear} shifts every year of a corpus text by the distance between its entry's year and 2019
     * (2022年 of a 2022 entry becomes 2019年, its 2021年 2018年), so that every sentence is read to the end, as in one
     * department's 50-page disclosure.
     */
    static String fiftyPages(String sample, boolean oneYear) throws IOException, URISyntaxException {
        StringBuilder text = new StringBuilder(sample);
        Path corpus = Path.of(ReadAndCheckBenchmark.class.getResource("/corpus").toURI());
        for (String entry : FIFTY_PAGE_ENTRIES) {
            String body = Files.readString(corpus.resolve(entry).resolve("source.txt"), StandardCharsets.UTF_8);
            text.append("\n").append(oneYear ? shiftedTo2019(body, entry) : body);
            if (text.length() >= FIFTY_PAGES) {
                break;
            }
        }
        if (text.length() < FIFTY_PAGES) {
            throw new IllegalStateException("the 50-page text has only " + text.length() + " characters");
        }
        return text.toString();
    }

    private static String shiftedTo2019(String body, String entry) {
        Matcher named = ENTRY_YEAR.matcher(entry);
        if (!named.find()) {
            return body;
        }
        int shift = 2019 - Integer.parseInt(named.group(1));
        Matcher year = YEAR.matcher(body);
        StringBuilder shifted = new StringBuilder();
        while (year.find()) {
            year.appendReplacement(shifted, (Integer.parseInt(year.group(1)) + shift) + "$2");
        }
        return year.appendTail(shifted).toString();
    }

    @Benchmark
    public CheckReport readAndCheck() {
        return checker.check(reader.read(sample).disclosure());
    }

    @Benchmark
    public ReadResult readOnly() {
        return reader.read(sample);
    }

    /** Three forks: on one core the JIT's choices differ from JVM to JVM by up to ±25 % for the 50-page texts. */
    @Benchmark
    @Fork(3)
    public CheckReport readAndCheckFiftyPages() {
        return checker.check(reader.read(fiftyPages).disclosure());
    }

    @Benchmark
    @Fork(3)
    public CheckReport readAndCheckFiftyPagesOneYear() {
        return checker.check(reader.read(fiftyPagesOneYear).disclosure());
    }
}
