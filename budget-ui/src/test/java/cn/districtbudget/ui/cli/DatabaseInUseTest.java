package cn.districtbudget.ui.cli;

import cn.districtbudget.ui.console.DatabaseHeldByAnotherProcess;
import cn.districtbudget.ui.console.CommandFailures;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code import} and {@code create-admin} while a running server holds the H2 file database open: one line saying
 * so, exit 2, and no stack trace anywhere on the terminal (before: 62 lines of Spring's failure report).
 * The server is stood in for by another process holding the same file database open, as the server does.
 */
class DatabaseInUseTest extends DatabaseHeldByAnotherProcess {

    @Test
    void importSaysTheDatabaseIsInUseInOneLine() throws Exception {
        Path file = dir.resolve("kexie.txt");
        try (InputStream sample = getClass().getResourceAsStream("/samples/shanhaiguan-kexie-2019-budget.txt")) {
            Files.write(file, sample.readAllBytes());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = new BudgetCli().run(new String[] {"import", file.toString(), dataDir()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(BudgetCli.CANNOT_READ);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(CommandFailures.DATABASE_IN_USE);
        assertThat(CommandFailures.DATABASE_IN_USE).contains("the database is in use by a running server");
        assertNoStackTrace(out.toString(StandardCharsets.UTF_8) + terminal.toString(StandardCharsets.UTF_8));
    }

    private static void assertNoStackTrace(String printed) {
        assertThat(printed).doesNotContain("\tat ", "Exception", "APPLICATION FAILED");
    }
}
