package cn.districtbudget.core.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Files the reader must refuse with a clear message naming them, reading nothing, in bounded memory. */
class BadFilesTest {

    private static byte[] pdf(int pages, boolean encrypt) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage());
            }
            if (encrypt) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void assertRefused(TableReadResult r, String rule, String file) {
        assertThat(r.tables()).isEmpty();
        assertThat(r.unreadable()).isTrue();
        assertThat(r.findings()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo(rule);
            assertThat(f.message()).contains(file);
        });
    }

    @Test
    void aScanWithoutTextIsAFindingAndNothingIsRead() throws IOException {
        TableReadResult r = TableReader.read("scan.pdf", pdf(3, false));
        assertRefused(r, "TBL-FILE-SCAN", "scan.pdf");
        assertThat(r.findings().get(0).message()).contains("扫描件");
    }

    @Test
    void anEncryptedPdfIsRefused() throws IOException {
        assertRefused(TableReader.read("locked.pdf", pdf(1, true)), "TBL-FILE-ENCRYPTED", "locked.pdf");
    }

    @Test
    void aBrokenPdfIsRefused() {
        byte[] bytes = "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage".getBytes(StandardCharsets.US_ASCII);
        assertRefused(TableReader.read("broken.pdf", bytes), "TBL-FILE-BROKEN", "broken.pdf");
    }

    @Test
    void aFiveHundredPagePdfIsRefusedBeforeReadingItsText() throws IOException {
        long start = System.nanoTime();
        TableReadResult r = TableReader.read("huge.pdf", pdf(500, false));
        assertRefused(r, "TBL-FILE-TOO-LARGE", "huge.pdf");
        assertThat(r.findings().get(0).message()).contains("500页");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
    }

    @Test
    void anXlsxZipBombIsRefusedBeforePoiInflatesIt() throws IOException {
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
        assertThat(bytes.size()).isLessThan(2 * 1024 * 1024);
        TableReadResult r = TableReader.read("bomb.xlsx", bytes.toByteArray());
        assertRefused(r, "TBL-FILE-TOO-LARGE", "bomb.xlsx");
    }

    @Test
    void aSheetOfAMillionRowsIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            SXSSFSheet sheet = wb.createSheet("收入预算总表");
            for (int i = 0; i < 1_000_000; i++) {
                sheet.createRow(i).createCell(0).setCellValue(i);
            }
            wb.write(out);
        }
        TableReadResult r = TableReader.read("rows.xlsx", out.toByteArray());
        assertRefused(r, "TBL-FILE-TOO-LARGE", "rows.xlsx");
    }

    @Test
    void anUnsupportedTypeOrEmptyFileNamesTheFile() {
        assertRefused(TableReader.read("notes.txt", new byte[] {1}), "TBL-FILE-TYPE", "notes.txt");
        assertRefused(TableReader.read("empty.pdf", new byte[0]), "TBL-FILE-BROKEN", "empty.pdf");
        assertRefused(TableReader.read("junk.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8)),
                "TBL-FILE-BROKEN", "junk.xlsx");
        assertRefused(TableReader.read("junk.docx", "PK not a zip".getBytes(StandardCharsets.UTF_8)),
                "TBL-FILE-BROKEN", "junk.docx");
    }
}
