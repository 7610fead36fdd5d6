package cn.districtbudget.data.importing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.data.support.ForkedJvm;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 item 3: {@code kill -9} during an import must not lose what was already reported as stored. A forked
 * JVM imports the demo district into an H2 file database and is killed (destroyForcibly = SIGKILL) after
 * {@link #KILL_AFTER} files were printed as 已导入; every printed file must be in the database when it is reopened.
 */
class ImportCrashTest {

    static final int KILL_AFTER = 120;

    @TempDir
    Path dir;

    @Test
    void everyFileReportedAsStoredSurvivesKillMinus9() throws Exception {
        Path db = dir.resolve("data").resolve("budget");
        Process process = ForkedJvm.command("512m", ImportUntilKilledMain.class, db.toString()).start();
        List<String> printed = new ArrayList<>();
        StringBuilder output = new StringBuilder();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                output.append(line).append('\n');
                if (line.startsWith("已导入 ")) {
                    printed.add(line.substring("已导入 ".length()));
                    if (printed.size() == KILL_AFTER) {
                        process.destroyForcibly();
                        break;
                    }
                }
            }
        } finally {
            process.destroyForcibly();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(printed).as(output.toString()).hasSize(KILL_AFTER);

        Set<String> stored = new HashSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db, "sa", "");
             ResultSet rs = c.createStatement().executeQuery("select file_name from disclosure")) {
            while (rs.next()) {
                stored.add(rs.getString(1));
            }
        }
        // issue 10 item 10: the data directory and the database file are the owner's only
        if (java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                    java.nio.file.Files.getPosixFilePermissions(db.getParent()))).isEqualTo("rwx------");
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(
                    db.resolveSibling("budget.mv.db")))).isEqualTo("rw-------");
        }
        List<String> lost = printed.stream().filter(f -> !stored.contains(f)).toList();
        assertThat(lost).as("printed as 已导入 but not in the database after kill -9 (%d stored)", stored.size())
                .isEmpty();
    }
}
