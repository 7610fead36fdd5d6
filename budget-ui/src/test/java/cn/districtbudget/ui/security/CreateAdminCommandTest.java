package cn.districtbudget.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code create-admin NAME}: password from the environment or the console only, never a weak one, never twice. */
class CreateAdminCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Function<String, String> environment, String... args) {
        return new CreateAdminCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), environment, null).run(List.of(args));
    }

    private String dataDir() {
        return "--budget.data-dir=" + dir.resolve("data");
    }

    @Test
    void createsAnEnabledAdminWithTheHashOfThePasswordFromTheEnvironment() throws Exception {
        int code = run(Map.of("BUDGET_ADMIN_PASSWORD", "很长的管理员密码")::get, "boss", dataDir());

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("data/budget"), "sa", "");
             ResultSet rs = db.createStatement().executeQuery("select u.username, u.enabled, u.password_hash, r.role_name"
                     + " from user_account u join user_account_role r on r.user_account_id = u.id")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("boss");
            assertThat(rs.getBoolean(2)).isTrue();
            assertThat(rs.getString(3)).startsWith("$2").doesNotContain("很长的管理员密码");
            assertThat(rs.getString(4)).isEqualTo("ADMIN");
            assertThat(rs.next()).isFalse();
        }

        int again = run(Map.of("BUDGET_ADMIN_PASSWORD", "很长的管理员密码")::get, "BOSS", dataDir());
        assertThat(again).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("已存在");
    }

    @Test
    void refusesWithoutAPasswordSourceAWeakPasswordOrAName() {
        assertThat(run(name -> null, "boss", dataDir())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("BUDGET_ADMIN_PASSWORD");

        assertThat(run(Map.of("BUDGET_ADMIN_PASSWORD", "123")::get, "boss", dataDir())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("密码不符合要求");

        assertThat(run(Map.of("BUDGET_ADMIN_PASSWORD", "很长的管理员密码")::get, dataDir())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("用法");
        assertThat(dir.resolve("data")).doesNotExist();
    }
}
