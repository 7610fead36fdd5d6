package cn.districtbudget.data.importing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.data.files.HandMadePdf;
import cn.districtbudget.data.support.DatabaseCleaner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issues 11/12 at the import: PDF and Excel files through the real readers, several files as one disclosure, and bad
 * files refused with one message naming the file, nothing stored.
 */
@SpringBootTest
class ImportFilesH2Test {

    static final Path REAL = Path.of("..", "budget-core", "src", "test", "resources", "real");

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    DisclosureImporter importer;

    @BeforeEach
    void startEmpty() {
        DatabaseCleaner.clean(jdbc);
        importer = TestImporters.real(context);
    }

    @Test
    void aRealPdfIsStoredWithItsTableFiguresNamingTheFile() {
        ImportOutcome outcome = importer.importDocument(
                DocumentSource.file(REAL.resolve("shanghai-putuo-wanli-street-2023-budget.pdf")), "张三");

        assertThat(outcome.status()).as(outcome.reason()).isEqualTo(ImportStatus.STORED);
        assertThat(outcome.year()).isEqualTo(2023);
        assertThat(jdbc.queryForList("select distinct evidence_file from stated_figure", String.class))
                .containsExactly("shanghai-putuo-wanli-street-2023-budget.pdf");
        assertThat(importer.importDocument(
                DocumentSource.file(REAL.resolve("shanghai-putuo-wanli-street-2023-budget.pdf")), "李四").status())
                .as("the same file again").isEqualTo(ImportStatus.UNCHANGED);
    }

    @Test
    void aNarrativeAndItsTablesFileAreOneDisclosureEachFileTheSourceOfItsFigures() {
        List<DocumentSource> set = List.of(
                DocumentSource.file(REAL.resolve("jiangsu-cppcc-office-2017-budget-narrative.pdf")),
                DocumentSource.file(REAL.resolve("jiangsu-cppcc-office-2017-budget-tables.pdf")));

        ImportOutcome outcome = importer.importSet(set, "张三", ImportOptions.PLAIN);

        assertThat(outcome.status()).as(outcome.reason()).isEqualTo(ImportStatus.STORED);
        assertThat(outcome.fileName()).isEqualTo(
                "jiangsu-cppcc-office-2017-budget-narrative.pdf + jiangsu-cppcc-office-2017-budget-tables.pdf");
        assertThat(jdbc.queryForObject("select count(*) from disclosure", Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForList("select distinct evidence_file from stated_figure order by evidence_file",
                String.class)).containsExactly("jiangsu-cppcc-office-2017-budget-narrative.pdf",
                "jiangsu-cppcc-office-2017-budget-tables.pdf");
        assertThat(jdbc.queryForObject("select content from disclosure_text", String.class))
                .contains("【文件：jiangsu-cppcc-office-2017-budget-narrative.pdf】",
                        "【文件：jiangsu-cppcc-office-2017-budget-tables.pdf】");
        assertThat(importer.importSet(set, "李四", ImportOptions.PLAIN).status()).isEqualTo(ImportStatus.UNCHANGED);
    }

    @Test
    void badFilesAreRefusedNamingTheFileAndNothingIsStored() throws IOException {
        List<DocumentSource> bad = List.of(
                DocumentSource.bytes("encrypted.pdf", HandMadePdf.blank(2, true)),
                DocumentSource.bytes("broken.pdf", "%PDF-1.7\n1 0 obj garbage".getBytes(StandardCharsets.US_ASCII)),
                DocumentSource.bytes("scan.pdf", HandMadePdf.blank(3, false)),
                DocumentSource.bytes("long.pdf", HandMadePdf.blank(500, false)),
                DocumentSource.bytes("bomb.xlsx", zipBomb()),
                DocumentSource.bytes("rows.xlsx", millionRows()));

        for (DocumentSource source : bad) {
            ImportOutcome outcome = importer.importDocument(source, "张三");
            assertThat(outcome.status()).as(source.fileName()).isEqualTo(ImportStatus.FAILED);
            assertThat(outcome.failure()).as(source.fileName()).isEqualTo(ImportFailure.UNREADABLE_FILE);
            assertThat(outcome.reason()).as(source.fileName()).contains(source.fileName()).doesNotContain("\n");
        }
        assertThat(DatabaseCleaner.rowCount(jdbc)).isZero();
    }

    @Test
    void aSetWithOneBadFileFailsNamingItAndStoresNothing() throws IOException {
        List<DocumentSource> set = List.of(
                DocumentSource.file(REAL.resolve("jiangsu-cppcc-office-2017-budget-narrative.pdf")),
                DocumentSource.bytes("tables.pdf", HandMadePdf.blank(2, true)));

        ImportOutcome outcome = importer.importSet(set, "张三", ImportOptions.PLAIN);

        assertThat(outcome.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(outcome.reason()).contains("tables.pdf").contains("加密");
        assertThat(DatabaseCleaner.rowCount(jdbc)).isZero();
    }

    @Test
    void aDirectoryImportTakesPdfAndExcelFiles(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.copy(REAL.resolve("shanghai-putuo-social-work-dept-2024-final-accounts.pdf"), dir.resolve("a.pdf"));
        Files.write(dir.resolve("b.xlsx"), "not a workbook".getBytes(StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("c.csv"), "ignored");

        BatchOutcome batch = importer.importDirectory(dir, "张三", ImportOptions.PLAIN, ProgressListener.NONE);

        assertThat(batch.outcomes()).extracting(ImportOutcome::fileName).containsExactly("a.pdf", "b.xlsx");
        assertThat(batch.outcomes().get(0).status()).as(batch.outcomes().get(0).reason())
                .isEqualTo(ImportStatus.STORED);
        assertThat(batch.outcomes().get(0).kind()).isEqualTo(cn.districtbudget.core.disclosure.DisclosureKind.FINAL_ACCOUNTS);
        assertThat(batch.outcomes().get(1).reason()).contains("b.xlsx");
    }

    static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros); // 300 MB of zeros, a few hundred KB compressed
            }
        }
        return bytes.toByteArray();
    }

    static byte[] millionRows() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            SXSSFSheet sheet = wb.createSheet("收入预算总表");
            for (int i = 0; i < 1_000_000; i++) {
                sheet.createRow(i).createCell(0).setCellValue(i);
            }
            wb.write(out);
        }
        return out.toByteArray();
    }
}
