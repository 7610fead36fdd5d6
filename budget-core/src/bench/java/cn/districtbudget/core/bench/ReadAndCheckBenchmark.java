package cn.districtbudget.core.bench;

import cn.districtbudget.core.check.CheckReport;
import cn.districtbudget.core.check.DisclosureChecker;
import cn.districtbudget.core.reading.DisclosureReader;
import cn.districtbudget.core.reading.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
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
 * Target: median at most 2 ms. Run: see docs/benchmarks.md.
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

    @Setup
    public void loadSample() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/samples/shanhaiguan-kexie-2019-budget.txt")) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Benchmark
    public CheckReport readAndCheck() {
        return checker.check(reader.read(sample).disclosure());
    }

    @Benchmark
    public ReadResult readOnly() {
        return reader.read(sample);
    }
}
