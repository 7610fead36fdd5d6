package cn.districtbudget.core.bench;

import cn.districtbudget.core.tables.TableReadResult;
import cn.districtbudget.core.tables.TableReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading and checking the standard tables of a whole real PDF disclosure (31 and 35 pages: narrative and tables),
 * single-threaded, after warm-up. Target: at most 1 s per 30-page PDF on one core (issue 12).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@Threads(1)
public class TableReadBenchmark {

    @Param({"jiangsu-procuratorate-2018-budget.pdf", "shanghai-putuo-wanli-street-2023-budget.pdf"})
    public String file;

    private byte[] bytes;

    @Setup
    public void load() throws IOException {
        try (InputStream in = TableReadBenchmark.class.getResourceAsStream("/real/" + file)) {
            bytes = in.readAllBytes();
        }
    }

    @Benchmark
    public TableReadResult readAndCheck() {
        return TableReader.read(file, bytes);
    }
}
