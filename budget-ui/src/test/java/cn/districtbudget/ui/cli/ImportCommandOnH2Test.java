package cn.districtbudget.ui.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import DIR} for real: Spring without a web server, an H2 file database in a temporary directory. */
class ImportCommandOnH2Test {

    @TempDir
    Path dir;

    @Test
    void importsADirectoryThenFindsTheSameTextUnchanged() throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        try (InputStream sample = getClass().getResourceAsStream("/samples/shanhaiguan-kexie-2019-budget.txt")) {
            Files.write(in.resolve("shanhaiguan.txt"), sample.readAllBytes());
        }
        Files.writeString(in.resolve("notice.txt"), "关于召开会议的通知\n");
        String dataDir = "--budget.data-dir=" + dir.resolve("data");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new BudgetCli().run(new String[] {"import", in.toString(), dataDir},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(BudgetCli.CANNOT_READ);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("shanhaiguan.txt：已导入，山海关区科学技术协会 2019年 部门预算（第1版）")
                .contains("共 2 个文件：1 个失败，0 个有错误，1 个无错误");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("notice.txt：导入失败");

        ByteArrayOutputStream again = new ByteArrayOutputStream();
        int second = new BudgetCli().run(new String[] {"import", in.resolve("shanhaiguan.txt").toString(), dataDir},
                new PrintStream(again, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertThat(second).isZero();
        assertThat(again.toString(StandardCharsets.UTF_8)).contains("shanhaiguan.txt：内容未变");
    }
}
