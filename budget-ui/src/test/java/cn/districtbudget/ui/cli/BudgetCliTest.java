package cn.districtbudget.ui.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.core.money.Money;
import cn.districtbudget.data.importing.ImportOutcome;
import cn.districtbudget.data.importing.ImportStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process: output, messages and exit codes. */
class BudgetCliTest {

    @TempDir
    Path dir;

    private Path sample;
    private final List<List<Path>> launched = new ArrayList<>();
    private final List<List<String>> launchedArgs = new ArrayList<>();
    private final List<cn.districtbudget.data.importing.ImportOptions> launchedOptions = new ArrayList<>();
    private List<ImportOutcome> importOutcomes = List.of();

    @BeforeEach
    void writeSample() throws IOException {
        sample = dir.resolve("shanhaiguan-kexie-2019-budget.txt");
        Files.writeString(sample, sampleText());
    }

    private static String sampleText() throws IOException {
        try (InputStream in = BudgetCliTest.class.getResourceAsStream("/samples/shanhaiguan-kexie-2019-budget.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ImportLauncher fake = (paths, springArgs, options, each) -> {
            launchedOptions.add(options);
            launched.add(paths);
            launchedArgs.add(springArgs);
            importOutcomes.forEach(each);
        };
        int code = new BudgetCli(fake).run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    record Run(int code, String out, String err) {
    }

    @Test
    void commandsAreRecognisedSoTheWebServerIsNotStarted() {
        assertThat(BudgetCli.isCommand(new String[] {"parse", "x"})).isTrue();
        assertThat(BudgetCli.isCommand(new String[] {"check"})).isTrue();
        assertThat(BudgetCli.isCommand(new String[] {"import", "d"})).isTrue();
        assertThat(BudgetCli.isCommand(new String[] {})).isFalse();
        assertThat(BudgetCli.isCommand(new String[] {"--server.port=8081"})).isFalse();
    }

    @Test
    void parsePrintsTheSampleAsJson() throws Exception {
        Run run = run("parse", "--json", sample.toString());
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("department").get("name").asText()).isEqualTo("山海关区科学技术协会");
        assertThat(json.get("department").get("code").asText()).isEqualTo("731");
        assertThat(json.get("expenditure").get("personnel").decimalValue()).isEqualByComparingTo("85.95");
        assertThat(json.get("performance").get("activities")).hasSize(7);
        assertThat(json.get("findings").findValuesAsText("rule")).contains("OPC-UNITEMISED");
    }

    @Test
    void checkOnTheSampleExitsZeroAndListsItsFindings() {
        Run run = run("check", sample.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("== shanhaiguan-kexie-2019-budget.txt：山海关区科学技术协会 2019年 部门预算")
                .contains("[提示 INFO] OPC-UNITEMISED").contains("1.8万元").contains("共 0 个错误");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void checkOnACopyWithChangedPersonnelCostsExitsOneNamingTheRule() throws IOException {
        Path broken = dir.resolve("broken.txt");
        Files.writeString(broken, sampleText().replace("人员经费85.95万元", "人员经费80.95万元"));
        Run run = run("check", sample.toString(), broken.toString());
        assertThat(run.code()).isEqualTo(BudgetCli.ERRORS_FOUND);
        String brokenPart = run.out().substring(run.out().indexOf("== broken.txt"));
        assertThat(brokenPart).containsPattern("\\[错误 ERROR\\] EXP-[A-Z-]+").contains("80.95");
    }

    @Test
    void checkOnGb18030AndDocxFiles() throws Exception {
        Path gb = dir.resolve("gb.txt");
        Files.write(gb, sampleText().getBytes(Charset.forName("GB18030")));
        Run run = run("check", gb.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("山海关区科学技术协会 2019年");
    }

    @Test
    void unreadableFilesExitTwoWithAMessageAndNoStackTrace() throws IOException {
        Path binary = dir.resolve("image.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Path pdf = dir.resolve("budget.pdf");
        Files.write(pdf, new byte[] {'%', 'P', 'D', 'F'});
        for (String file : List.of(binary.toString(), pdf.toString(), dir.resolve("missing.txt").toString())) {
            Run check = run("check", sample.toString(), file);
            assertThat(check.code()).as(file).isEqualTo(BudgetCli.CANNOT_READ);
            assertThat(check.err()).contains(Path.of(file).getFileName().toString()).contains("无法读取文件")
                    .doesNotContain("Exception").doesNotContain("\tat ");
            Run parse = run("parse", "--json", file);
            assertThat(parse.code()).isEqualTo(BudgetCli.CANNOT_READ);
            assertThat(parse.out()).isEmpty();
        }
    }

    @Test
    void aTextThatIsNotADisclosureExitsOne() throws IOException {
        Path other = dir.resolve("notice.txt");
        Files.writeString(other, "关于召开年度工作会议的通知\n请各单位按时参加。\n");
        Run parse = run("parse", "--json", other.toString());
        assertThat(parse.code()).isEqualTo(BudgetCli.ERRORS_FOUND);
        assertThat(parse.out()).isEmpty();
        assertThat(parse.err()).contains("READ-NOT-DISCLOSURE");
        Run check = run("check", other.toString());
        assertThat(check.code()).isEqualTo(BudgetCli.ERRORS_FOUND);
        assertThat(check.out()).contains("未能识别").contains("READ-NOT-DISCLOSURE");
    }

    @Test
    void aTruncatedDocumentIsNotPresentedAsComplete() throws IOException {
        Path half = dir.resolve("half.txt");
        Files.writeString(half, String.join("\n", sampleText().lines().limit(200).toList()));
        Run parse = run("parse", "--json", half.toString());
        assertThat(parse.code()).isEqualTo(BudgetCli.ERRORS_FOUND);
        assertThat(parse.out()).contains("READ-TRUNCATED");
        assertThat(parse.err()).contains("half.txt");
        assertThat(run("check", half.toString()).out()).contains("[错误 ERROR] READ-TRUNCATED");
    }

    @Test
    void wrongCommandLinesExitTwoWithUsage() {
        assertThat(run("parse").code()).isEqualTo(BudgetCli.CANNOT_READ);
        assertThat(run("parse").err()).contains("用法");
        assertThat(run("check").code()).isEqualTo(BudgetCli.CANNOT_READ);
        assertThat(run("import").code()).isEqualTo(BudgetCli.CANNOT_READ);
        assertThat(run("help").code()).isZero();
    }

    @Test
    void importHandsPathsAndSpringOptionsToTheImporterAndReportsEachFile() {
        importOutcomes = List.of(
                new ImportOutcome("a.txt", ImportStatus.STORED, 1L, 1L, "山海关区科学技术协会", 2019,
                        DisclosureKind.BUDGET, 1, Money.ofWan("95.75"), 1, 0),
                new ImportOutcome("b.txt", ImportStatus.UNCHANGED, 1L, 1L, "山海关区科学技术协会", 2019,
                        DisclosureKind.BUDGET, 1, Money.ofWan("95.75"), 1, 0));
        Run run = run("import", dir.toString(), sample.toString(), "--spring.profiles.active=postgres");
        assertThat(run.code()).isZero();
        assertThat(launched).containsExactly(List.of(dir, sample));
        assertThat(launchedArgs).containsExactly(List.of("--spring.profiles.active=postgres"));
        assertThat(run.out()).contains("a.txt：已导入，山海关区科学技术协会 2019年 部门预算").contains("b.txt：内容未变");
    }

    @Test
    void importExitCodes() {
        importOutcomes = List.of(ImportOutcome.failed("bad.txt", cn.districtbudget.data.importing.ImportFailure.NOT_A_DISCLOSURE, null));
        Run failed = run("import", sample.toString());
        assertThat(failed.code()).isEqualTo(BudgetCli.CANNOT_READ);
        assertThat(failed.err()).contains("bad.txt").contains("导入失败");

        importOutcomes = List.of(new ImportOutcome("e.txt", ImportStatus.STORED, 2L, 1L, "某局", 2020,
                DisclosureKind.BUDGET, 1, null, 3, 2));
        assertThat(run("import", sample.toString()).code()).isEqualTo(BudgetCli.ERRORS_FOUND);

        Run missing = run("import", dir.resolve("nothing-here").toString());
        assertThat(missing.code()).isEqualTo(BudgetCli.CANNOT_READ);
        assertThat(launched).hasSize(2);
    }

    @Test
    void importPassesDepartmentYearAndKindAsHintsAndRefusesBadValues() {
        importOutcomes = List.of();
        Run run = run("import", "--department", "某市统计局", "--year=2023", "--kind", "FINAL_ACCOUNTS",
                sample.toString(), "--spring.profiles.active=postgres");
        assertThat(run.code()).isZero();
        assertThat(launched).containsExactly(List.of(sample));
        assertThat(launchedArgs).containsExactly(List.of("--spring.profiles.active=postgres"));
        assertThat(launchedOptions).singleElement().satisfies(o -> {
            assertThat(o.hints().department()).isEqualTo("某市统计局");
            assertThat(o.hints().year()).isEqualTo(2023);
            assertThat(o.hints().kind()).isEqualTo(DisclosureKind.FINAL_ACCOUNTS);
            assertThat(o.conflict()).isEqualTo(cn.districtbudget.data.importing.ConflictChoice.REFUSE);
        });

        Run badYear = run("import", "--year", "23", sample.toString());
        assertThat(badYear.code()).isEqualTo(BudgetCli.CANNOT_READ);
        assertThat(badYear.err()).contains("--year");
        Run badKind = run("import", "--kind", "PLAN", sample.toString());
        assertThat(badKind.code()).isEqualTo(BudgetCli.CANNOT_READ);
        assertThat(badKind.err()).contains("BUDGET", "FINAL_ACCOUNTS");
        Run noValue = run("import", sample.toString(), "--department");
        assertThat(noValue.code()).isEqualTo(BudgetCli.CANNOT_READ);
        assertThat(launched).as("nothing imported after a bad option").hasSize(1);
    }

    @Test
    void aTextWithoutDepartmentOrYearIsRefusedWithOneLineNamingTheOptions() {
        importOutcomes = List.of(cn.districtbudget.data.importing.ImportOutcome.needsIdentity("bare.txt",
                java.util.Set.of(cn.districtbudget.data.importing.IdentityPart.YEAR,
                        cn.districtbudget.data.importing.IdentityPart.DEPARTMENT), null, null, DisclosureKind.BUDGET));
        Run run = run("import", sample.toString());
        assertThat(run.code()).isEqualTo(BudgetCli.CANNOT_READ);
        assertThat(run.err().lines().filter(l -> l.startsWith("bare.txt"))).singleElement().satisfies(line ->
                assertThat(line).contains("缺少部门或年度", "--department", "--year"));
        assertThat(run.out()).contains("1 个失败");
    }
}
