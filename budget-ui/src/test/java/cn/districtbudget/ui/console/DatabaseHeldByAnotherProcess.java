package cn.districtbudget.ui.console;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Tests of a command run while a server holds the database: another process ({@link H2HeldOpen}) holds the same
 * file database open, as the server does, and everything the command prints to the terminal is captured.
 */
public abstract class DatabaseHeldByAnotherProcess {

    @TempDir
    protected Path dir;
    /** What the command and its logging printed on stdout and stderr. */
    protected final ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    private Process server;
    private PrintStream realOut;
    private PrintStream realErr;

    @BeforeEach
    void aServerHoldsTheDatabase() throws Exception {
        server = H2HeldOpen.start(dir.resolve("data").resolve("budget"));
        realOut = System.out;
        realErr = System.err;
        PrintStream captured = new PrintStream(terminal, true, StandardCharsets.UTF_8);
        System.setOut(captured); // the log's console appender writes to System.out at each line
        System.setErr(captured);
    }

    @AfterEach
    void stop() throws Exception {
        System.setOut(realOut);
        System.setErr(realErr);
        server.destroyForcibly().waitFor();
    }

    protected String dataDir() {
        return "--budget.data-dir=" + dir.resolve("data");
    }
}
