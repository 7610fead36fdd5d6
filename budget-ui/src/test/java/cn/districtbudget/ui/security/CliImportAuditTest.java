package cn.districtbudget.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.ui.cli.BudgetCli;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line import records itself in the audit log as the operating-system user. */
class CliImportAuditTest {

    @TempDir
    Path dir;

    @Test
    void theImportIsAuditedWithTheOsUser() throws Exception {
        Path file = dir.resolve("shanhaiguan.txt");
        try (InputStream sample = getClass().getResourceAsStream("/samples/shanhaiguan-kexie-2019-budget.txt")) {
            Files.write(file, sample.readAllBytes());
        }
        int code = new BudgetCli().run(new String[] {"import", file.toString(), "--budget.data-dir=" + dir.resolve("data")},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(code).isIn(BudgetCli.OK, BudgetCli.ERRORS_FOUND);

        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("data/budget"), "sa", "");
             ResultSet rs = db.createStatement().executeQuery("select actor, action, target, detail from audit_entry")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("actor")).isEqualTo(System.getProperty("user.name")).isNotBlank();
            assertThat(rs.getString("action")).isEqualTo("IMPORT");
            assertThat(rs.getString("target")).contains("山海关区科学技术协会").contains("2019");
            assertThat(rs.getString("detail")).contains("shanhaiguan.txt");
            assertThat(rs.next()).isFalse();
        }
    }
}
