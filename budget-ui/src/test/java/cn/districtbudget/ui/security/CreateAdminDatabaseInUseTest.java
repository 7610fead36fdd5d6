package cn.districtbudget.ui.security;

import cn.districtbudget.ui.console.DatabaseHeldByAnotherProcess;
import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.ui.cli.BudgetCli;
import cn.districtbudget.ui.console.CommandFailures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code create-admin} while a running server holds the database: one line, exit 2, no stack trace. */
class CreateAdminDatabaseInUseTest extends DatabaseHeldByAnotherProcess {

    @Test
    void createAdminSaysTheDatabaseIsInUseInOneLine() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = new CreateAdminCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("BUDGET_ADMIN_PASSWORD", "很长的管理员密码-2026")::get, null)
                .run(List.of("boss", dataDir()));

        assertThat(code).isEqualTo(BudgetCli.CANNOT_READ);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList())
                .containsExactly("未能创建管理员：" + CommandFailures.DATABASE_IN_USE);
        assertNoStackTrace(out.toString(StandardCharsets.UTF_8) + terminal.toString(StandardCharsets.UTF_8));
    }


    private static void assertNoStackTrace(String printed) {
        assertThat(printed).doesNotContain("\tat ", "Exception", "APPLICATION FAILED");
    }
}
