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
 * Run: see docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ReadAndCheckBenchmark {

    private final DisclosureReader reader = new DisclosureReader();
    private final DisclosureChecker checker = new DisclosureChecker();
    private String sample;
    private String fiftyPages;

    /** About 1,500 characters make a printed page of a disclosure. */
    static final int FIFTY_PAGES = 50 * 1_500;

    @Setup
    public void loadSample() throws IOException, URISyntaxException {
        try (InputStream in = getClass().getResourceAsStream("/samples/shanhaiguan-kexie-2019-budget.txt")) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        fiftyPages = fiftyPages(sample);
    }

    /** The sample followed by the corpus's real texts (in name order, repeated if needed) up to 50 pages. */
    static String fiftyPages(String sample) throws IOException, URISyntaxException {
        StringBuilder text = new StringBuilder(sample);
        Path corpus = Path.of(ReadAndCheckBenchmark.class.getResource("/corpus").toURI());
        List<Path> sources;
        try (Stream<Path> entries = Files.list(corpus)) {
            sources = entries.map(p -> p.resolve("source.txt")).filter(Files::exists).sorted().toList();
        }
        while (text.length() < FIFTY_PAGES && !sources.isEmpty()) {
            for (Path source : sources) {
                text.append("\n").append(Files.readString(source, StandardCharsets.UTF_8));
                if (text.length() >= FIFTY_PAGES) {
                    break;
                }
            }
        }
        return text.toString();
    }

    @Benchmark
    public CheckReport readAndCheck() {
        return checker.check(reader.read(sample).disclosure());
    }

    @Benchmark
    public ReadResult readOnly() {
        return reader.read(sample);
    }

    @Benchmark
    public CheckReport readAndCheckFiftyPages() {
        return checker.check(reader.read(fiftyPages).disclosure());
    }
}
