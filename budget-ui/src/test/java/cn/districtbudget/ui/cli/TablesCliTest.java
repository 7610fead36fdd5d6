package cn.districtbudget.ui.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** parse and check on PDFs and spreadsheets: the real files of budget-core's tests, and bad files. */
class TablesCliTest {

    private static final Path REAL = CliRun.REAL;
    private static final String WANLI = REAL.resolve("shanghai-putuo-wanli-street-2023-budget.pdf").toString();

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void checkReadsTheTablesOfRealPdfsAndTheBlankTemplate() {
        CliRun wanli = run("check", WANLI);
        assertThat(wanli.code()).as(wanli.err()).isZero();
        assertThat(wanli.out()).contains("2023年 部门预算").contains("表格：识别 9 张标准表，读取 638 个数字");
        CliRun tables = run("check", REAL.resolve("jiangsu-cppcc-office-2017-budget-tables.pdf").toString());
        assertThat(tables.code()).isZero();
        assertThat(tables.out()).contains("表格文件").contains("识别 13 张标准表，读取 175 个数字")
                .doesNotContain("READ-NOT-DISCLOSURE");
        CliRun template = run("check", REAL.resolve("shanghai-putuo-2026-budget-tables-template-blank.xlsx").toString());
        assertThat(template.code()).isZero();
        assertThat(template.out()).contains("识别 9 张标准表，读取 0 个数字（空白模板）").contains("[提示 INFO] TBL-TEMPLATE");
        CliRun finals = run("check", REAL.resolve("shanghai-putuo-social-work-dept-2024-final-accounts.pdf").toString());
        assertThat(finals.out()).contains("部门决算").contains("TBL-HIERARCHY").contains("10.23");
    }

    @Test
    void aTableThatDoesNotAddUpIsAnErrorAndExitsOne() throws IOException {
        Path bad = dir.resolve("bad.xlsx");
        Files.write(bad, expenditureSheet("13.50"));
        CliRun check = run("check", bad.toString());
        assertThat(check.code()).as(check.out()).isEqualTo(BudgetCli.ERRORS_FOUND);
        assertThat(check.out()).contains("[错误 ERROR] TBL-ROW-SUM").contains("13.5").contains("bad.xlsx");
        Path good = dir.resolve("good.xlsx");
        Files.write(good, expenditureSheet("12.50"));
        assertThat(run("check", good.toString()).code()).isZero();
        CliRun parse = run("parse", "--json", bad.toString());
        assertThat(parse.code()).isEqualTo(BudgetCli.ERRORS_FOUND);
        assertThat(parse.out()).contains("\"TBL-ROW-SUM\"").contains("\"file\" : \"bad.xlsx\"");
    }

    @Test
    void badFilesExitTwoWithOneLineNamingThem() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(write("scan.pdf", blankPdf(2, false)));
        files.add(write("locked.pdf", blankPdf(1, true)));
        files.add(write("huge.pdf", blankPdf(500, false)));
        files.add(write("broken.pdf", "%PDF-1.7\n1 0 obj << >> x".getBytes(StandardCharsets.US_ASCII)));
        files.add(write("broken.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2, 3}));
        for (Path file : files) {
            CliRun check = run("check", WANLI, file.toString());
            assertThat(check.code()).as(file.toString()).isEqualTo(BudgetCli.CANNOT_READ);
            assertThat(check.err().lines()).as(check.err()).hasSize(1);
            assertThat(check.err()).contains(file.getFileName().toString()).contains("无法读取文件")
                    .doesNotContain("Exception:").doesNotContain("\tat ");
            CliRun parse = run("parse", "--json", file.toString());
            assertThat(parse.code()).isEqualTo(BudgetCli.CANNOT_READ);
            assertThat(parse.out()).isEmpty();
        }
    }

    private static byte[] blankPdf(int pages, boolean encrypt) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            }
            if (encrypt) {
                var policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner", "user",
                        new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    /** The cells below were checked by hand with {@code pdftotext -layout} (pages 10 and 28 of the file). */
    @Test
    void parseJsonCarriesTheTablesWithExactCellsAndEvidence() throws IOException {
        CliRun parse = run("parse", "--json", WANLI);
        assertThat(parse.code()).as(parse.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(parse.out());
        assertThat(root.get("year").asInt()).isEqualTo(2023);
        assertThat(root.get("tables")).hasSize(9);
        assertThat(root.get("blankTemplate").asBoolean()).isFalse();

        JsonNode three = table(root, "THREE_PUBLIC");
        assertThat(three.get("unit").asText()).isEqualTo("WAN_YUAN");
        assertThat(three.get("evidence").get("page").asInt()).isEqualTo(28);
        assertCell(three, "THREE_PUBLIC_TOTAL", "22.91", "229100");
        assertCell(three, "ABROAD", "0", "0");
        assertCell(three, "RECEPTION", "1.35", "13500");
        assertCell(three, "VEHICLE_OPERATION", "21.56", "215600");
        assertCell(three, "OPERATING_COSTS", "786.09", "7860900");

        JsonNode summary = table(root, "SUMMARY");
        assertThat(summary.get("unit").asText()).isEqualTo("YUAN");
        assertThat(summary.get("evidence").get("page").asInt()).isEqualTo(10);
        JsonNode urban = null;
        for (JsonNode row : summary.get("rows")) {
            if (row.get("name").asText().contains("城乡社区支出")) {
                urban = row;
            }
        }
        assertThat(urban).isNotNull();
        assertThat(urban.get("side").asInt()).isEqualTo(1);
        JsonNode cell = urban.get("cells").get(0);
        assertThat(cell.get("raw").asText()).isEqualTo("121,319,878");
        assertThat(cell.get("value").decimalValue()).isEqualByComparingTo("121319878");
        assertThat(cell.get("evidence").get("page").asInt()).isEqualTo(10);
        assertThat(cell.get("evidence").get("file").asText()).isEqualTo("shanghai-putuo-wanli-street-2023-budget.pdf");
        assertThat(root.get("tableFindings").isArray()).isTrue();
    }

    private static JsonNode table(JsonNode root, String kind) {
        for (JsonNode table : root.get("tables")) {
            if (table.get("kind").asText().equals(kind)) {
                return table;
            }
        }
        throw new AssertionError("no table " + kind);
    }

    private static void assertCell(JsonNode table, String measure, String raw, String yuan) {
        int column = -1;
        for (JsonNode c : table.get("columns")) {
            if (c.get("measure").asText().equals(measure)) {
                column = c.get("index").asInt();
                break;
            }
        }
        assertThat(column).as(measure).isNotNegative();
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode row : table.get("rows")) {
            for (JsonNode cell : row.get("cells")) {
                if (cell.get("column").asInt() == column && !cell.get("value").isNull()) {
                    found.add(cell);
                }
            }
        }
        assertThat(found).as(measure).hasSize(1);
        assertThat(found.get(0).get("raw").asText()).isEqualTo(raw);
        assertThat(found.get(0).get("value").decimalValue()).isEqualByComparingTo(new BigDecimal(raw));
        assertThat(found.get(0).get("yuan").decimalValue()).isEqualByComparingTo(yuan);
        assertThat(found.get(0).get("evidence").get("page").asInt()).isEqualTo(28);
    }

    private static byte[] expenditureSheet(String total) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("支出总表");
            s.createRow(0).createCell(0).setCellValue("2024年部门支出预算总表");
            s.createRow(1).createCell(3).setCellValue("单位：万元");
            Row h = s.createRow(2);
            h.createCell(0).setCellValue("功能分类科目编码");
            h.createCell(1).setCellValue("科目名称");
            h.createCell(2).setCellValue("合计");
            h.createCell(3).setCellValue("基本支出");
            h.createCell(4).setCellValue("项目支出");
            Object[][] data = {
                {"201", "一般公共服务支出", total, "10.00", "2.50"},
                {"20101", "人大事务", total, "10.00", "2.50"},
                {"2010101", "行政运行", total, "10.00", "2.50"},
                {null, "合计", total, "10.00", "2.50"},
            };
            int r = 3;
            for (Object[] d : data) {
                Row row = s.createRow(r++);
                for (int c = 0; c < d.length; c++) {
                    if (d[c] != null) {
                        row.createCell(c).setCellValue((String) d[c]);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
