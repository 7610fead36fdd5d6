package cn.districtbudget.ui.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * parse and check with {@code --set} (the files of one disclosure) and with what the texts do not say
 * ({@code --department}, {@code --year}, {@code --kind}), on budget-core's real files.
 */
class SetCliTest {

    private static final Path REAL = CliRun.REAL;
    private static final String NARRATIVE = REAL.resolve("jiangsu-cppcc-office-2017-budget-narrative.pdf").toString();
    private static final String TABLES = REAL.resolve("jiangsu-cppcc-office-2017-budget-tables.pdf").toString();
    private static final String WANLI = REAL.resolve("shanghai-putuo-wanli-street-2023-budget.pdf").toString();

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void aNarrativeAndItsTablesAreCheckedAsOneDisclosure() {
        CliRun check = run("check", "--set", NARRATIVE, TABLES);

        assertThat(check.out()).contains("== jiangsu-cppcc-office-2017-budget-narrative.pdf + "
                + "jiangsu-cppcc-office-2017-budget-tables.pdf：江苏省政协办公厅 2017年 部门预算")
                .contains("表格：识别 13 张标准表").doesNotContain("TBL-TEXT-MISMATCH").doesNotContain("null");
        // 支出合计 9,146.79 = 基本 5,916.27 + 项目 3,123.68 + 单位预留机动经费 106.84: no EXP-TOTAL-SUM
        assertThat(check.out()).doesNotContain("EXP-TOTAL-SUM");
    }

    @Test
    void parseOfASetGivesEachFigureItsFileAndTheTablesPlace() throws IOException {
        CliRun parse = run("parse", "--json", "--set", NARRATIVE, TABLES);

        JsonNode root = new ObjectMapper().readTree(parse.out());
        assertThat(root.get("department").get("name").asText()).isEqualTo("江苏省政协办公厅");
        assertThat(root.get("revenue").get("total").decimalValue()).isEqualByComparingTo("9146.79");
        JsonNode revenue = null;
        for (JsonNode figure : root.get("figures")) {
            if (figure.get("concept").asText().equals("revenue.total")) {
                revenue = figure;
            }
        }
        assertThat(revenue.get("evidence").get("file").asText()).isEqualTo("jiangsu-cppcc-office-2017-budget-tables.pdf");
        assertThat(revenue.get("evidence").get("place").asText()).isEqualTo("《收支预算总表》 第1页 第6行 第1列");
        assertThat(root.get("tables")).hasSize(13);
    }

    @Test
    void aTextFigureThatDisagreesWithItsTableIsAnError() throws IOException {
        Path text = dir.resolve("说明.txt");
        Files.writeString(text, "上海市普陀区万里街道办事处2023年部门预算\n一、收支预算总体情况\n2023年收入总计16,497万元。\n");

        CliRun check = run("check", "--set", text.toString(), WANLI);

        assertThat(check.code()).isEqualTo(BudgetCli.ERRORS_FOUND);
        assertThat(check.out()).contains("[错误 ERROR] TBL-TEXT-MISMATCH").contains("16497万元").contains("164,978,640");
        Files.writeString(text, "上海市普陀区万里街道办事处2023年部门预算\n一、收支预算总体情况\n2023年收入总计16,498万元。\n");
        assertThat(run("check", "--set", text.toString(), WANLI).out()).doesNotContain("TBL-TEXT-MISMATCH");
    }

    @Test
    void whatTheTextsDoNotSayIsGivenOnTheCommandLineAndOtherwiseSaidToBeMissing() throws IOException {
        CliRun unnamed = run("check", TABLES);
        assertThat(unnamed.out()).contains("表格文件").contains("（部门未写明）").doesNotContain("null");

        CliRun named = run("check", "--department", "江苏省政协办公厅", "--year=2017", "--kind", "BUDGET", TABLES);
        assertThat(named.out()).contains("江苏省政协办公厅 2017年 部门预算").doesNotContain("READ-IDENTITY-MISSING");

        Path text = dir.resolve("excerpt.txt");
        Files.writeString(text, "一、收支预算总体情况\n2023年本年收入合计100万元，本年支出合计100万元。\n");
        CliRun parse = run("parse", "--json", "--department", "某区科协", text.toString());
        assertThat(new ObjectMapper().readTree(parse.out()).get("department").get("name").asText()).isEqualTo("某区科协");

        CliRun bad = run("check", "--year", "20x3", TABLES);
        assertThat(bad.code()).isEqualTo(BudgetCli.CANNOT_READ);
        assertThat(bad.err()).contains("--year");
        assertThat(run("parse", "--json", NARRATIVE, TABLES).code()).as("two files without --set")
                .isEqualTo(BudgetCli.CANNOT_READ);
    }
}
