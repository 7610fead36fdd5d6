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
import java.util.stream.Stream;
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
     * The sample followed by the corpus's real texts (in name order, repeated if needed) up to 50 pages. The reader
     * skips sentences about another year than the document's (the sample's 2019), so most corpus sentences stop at
     * that test; {@code oneYear} shifts every year of a corpus text by the distance between its entry's year and
     * 2019 (2022年 of a 2022 entry becomes 2019年, its 2021年 2018年), so that every sentence is read to the end,
     * as in one department's 50-page disclosure.
     */
    static String fiftyPages(String sample, boolean oneYear) throws IOException, URISyntaxException {
        StringBuilder text = new StringBuilder(sample);
        Path corpus = Path.of(ReadAndCheckBenchmark.class.getResource("/corpus").toURI());
        List<Path> sources;
        try (Stream<Path> entries = Files.list(corpus)) {
            sources = entries.map(p -> p.resolve("source.txt")).filter(Files::exists).sorted().toList();
        }
        while (text.length() < FIFTY_PAGES && !sources.isEmpty()) {
            for (Path source : sources) {
                String body = Files.readString(source, StandardCharsets.UTF_8);
                text.append("\n").append(oneYear ? shiftedTo2019(body, source.getParent().getFileName().toString()) : body);
                if (text.length() >= FIFTY_PAGES) {
                    break;
                }
            }
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
