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

    private String sample() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/samples/shanhaiguan-kexie-2019-budget.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new BudgetCli().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aCodeOfOneDepartmentWithTheNameOfAnotherIsRefusedWithOneLine() throws IOException {
        String dataDir = "--budget.data-dir=" + dir.resolve("data");
        Path audit = Files.writeString(dir.resolve("audit.txt"),
                sample().replace("科学技术协会", "审计局").replace("731科协", "741审计"));
        Path weather = Files.writeString(dir.resolve("weather.txt"),
                sample().replace("科学技术协会", "气象局").replace("731科协", "742气象"));
        Path mixed = Files.writeString(dir.resolve("mixed.txt"),
                sample().replace("科学技术协会", "气象局").replace("731科协", "741审计"));
        assertThat(run("import", audit.toString(), weather.toString(), dataDir).code()).isZero();

        Result refused = run("import", mixed.toString(), dataDir);

        assertThat(refused.code()).isEqualTo(BudgetCli.CANNOT_READ);
        assertThat(refused.err().lines().toList()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("mixed.txt：编码与名称分属不同部门，未导入：")
                .contains("741", "山海关区审计局", "山海关区气象局"));
        assertThat(refused.out()).contains("共 1 个文件：1 个失败");
        assertThat(run("import", mixed.toString(), dataDir).err()).as("still refused: nothing was stored")
                .contains("编码与名称分属不同部门");
    }

    @Test
    void aTextWithoutTitleIsRefusedUntilDepartmentAndYearAreGiven() throws IOException {
        String dataDir = "--budget.data-dir=" + dir.resolve("data");
        Path bare = Files.writeString(dir.resolve("bare.txt"), "二、收支预算总体情况\n收入预算总额120.50万元，"
                + "其中一般公共预算拨款收入100.50万元，上年结转20.00万元。支出预算总额120.50万元。\n");

        Result refused = run("import", bare.toString(), dataDir);
        assertThat(refused.code()).isEqualTo(BudgetCli.CANNOT_READ);
        assertThat(refused.err()).contains("bare.txt：缺少部门或年度，未导入", "--department", "--year");

        Result stored = run("import", "--department", "某市统计局", "--year", "2023", "--kind", "BUDGET",
                bare.toString(), dataDir);
        assertThat(stored.code()).as(stored.err()).isZero();
        assertThat(stored.out()).contains("bare.txt：已导入，某市统计局 2023年 部门预算（第1版）");
    }
}
