package cn.districtbudget.ui.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One run of the command line without Spring or a database (an import launcher that imports nothing): its exit code
 * and what it printed. {@link #REAL} holds budget-core's real test files.
 */
record CliRun(int code, String out, String err) {

    static final Path REAL = Path.of("..", "budget-core", "src", "test", "resources", "real");

    static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new BudgetCli((paths, springArgs, options, each) -> { }).run(args,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
