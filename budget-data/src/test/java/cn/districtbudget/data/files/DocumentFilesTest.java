package cn.districtbudget.data.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.reading.DisclosureReader;
import cn.districtbudget.core.reading.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files as departments send them: encodings, Word files, and everything that must be refused clearly. */
class DocumentFilesTest {

    private static final String SAMPLE = sample();
    private static final Disclosure EXPECTED = new DisclosureReader().read(SAMPLE).disclosure();

    private static String sample() {
        try (InputStream in = DocumentFilesTest.class.getResourceAsStream("/samples/shanhaiguan-kexie-2019-budget.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void utf8WithAndWithoutBom() throws Exception {
        byte[] utf8 = SAMPLE.getBytes(StandardCharsets.UTF_8);
        assertThat(DocumentFiles.readText("a.txt", utf8)).isEqualTo(SAMPLE);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        assertThat(DocumentFiles.readText("a.TXT", withBom)).isEqualTo(SAMPLE);
    }

    @Test
    void gb18030AndGbkAreDetected() throws Exception {
        for (String charset : new String[] {"GB18030", "GBK"}) {
            byte[] bytes = SAMPLE.getBytes(Charset.forName(charset));
            assertThat(Arrays.equals(bytes, SAMPLE.getBytes(StandardCharsets.UTF_8))).isFalse();
            String text = DocumentFiles.readText("sample-" + charset + ".txt", bytes);
            assertThat(text).as(charset).isEqualTo(SAMPLE);
            ReadResult result = new DisclosureReader().read(text);
            assertThat(result.disclosure()).isEqualTo(EXPECTED);
        }
    }

    @Test
    void utf16WithBom() throws Exception {
        assertThat(DocumentFiles.readText("a.txt", SAMPLE.getBytes(StandardCharsets.UTF_16))).isEqualTo(SAMPLE);
    }

    @Test
    void docxMadeWithPoiReadsToTheSameDisclosure() throws Exception {
        byte[] docx = SampleDocx.of(SAMPLE);
        String text = DocumentFiles.readText("山海关区科协2019.docx", docx);
        assertThat(text).startsWith("山海关区科学技术协会部门2019年部门预算公开说明\n")
                .contains("\t职责活动\t年度预算数\t内容描述\t绩效目标\t绩效指标\t评价标准\n")
                .contains("\t资产总额\t10\t5.67\n");
        ReadResult result = new DisclosureReader().read(text);
        assertThat(result.findings()).isEmpty();
        // the records are equal; the figures say the same, their evidence lines follow the docx's own text
        assertThat(result.disclosure().withFigures(java.util.List.of())).isEqualTo(EXPECTED.withFigures(java.util.List.of()));
        assertThat(result.disclosure().figures()).extracting(f -> f.key() + "=" + f.value())
                .isEqualTo(EXPECTED.figures().stream().map(f -> f.key() + "=" + f.value()).toList());
    }

    @Test
    void readsFromAPath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sample.txt");
        Files.write(file, SAMPLE.getBytes(Charset.forName("GB18030")));
        assertThat(DocumentFiles.readText(file)).isEqualTo(SAMPLE);
    }

    @Test
    void emptyFileIsRefused() {
        assertThatThrownBy(() -> DocumentFiles.readText("empty.txt", new byte[0]))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("empty.txt").hasMessageContaining("文件为空").hasMessageContaining("empty");
        assertThatThrownBy(() -> DocumentFiles.readText("blank.txt", " \n\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("没有文字");
    }

    @Test
    void binaryFileIsRefusedNamingTheByte() {
        byte[] binary = {'P', 'K', 3, 4, 0, 0, 1, 2};
        assertThatThrownBy(() -> DocumentFiles.readText("report.txt", binary))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("report.txt").hasMessageContaining("第 5 字节").hasMessageContaining("binary");
    }

    @Test
    void bytesThatAreNoKnownEncodingAreRefusedWithTheirPlace() {
        byte[] bytes = "部门预算".getBytes(StandardCharsets.UTF_8);
        byte[] broken = Arrays.copyOf(bytes, bytes.length + 2);
        broken[bytes.length] = (byte) 0xFF;
        broken[bytes.length + 1] = (byte) 0xFF;
        assertThatThrownBy(() -> DocumentFiles.readText("x.txt", broken))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("x.txt").hasMessageContaining("编码无法识别").hasMessageContaining("GB18030");
    }

    @Test
    void otherTypesAreRefused() {
        assertThatThrownBy(() -> DocumentFiles.readText("budget.pdf", new byte[] {'%', 'P', 'D', 'F'}))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("budget.pdf").hasMessageContaining(".txt").hasMessageContaining("unsupported");
        assertThatThrownBy(() -> DocumentFiles.readText("old.doc", new byte[] {1}))
                .hasMessageContaining(".docx");
    }

    @Test
    void brokenDocxIsRefused() {
        assertThatThrownBy(() -> DocumentFiles.readText("broken.docx", "not a zip".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("broken.docx").hasMessageContaining("不是有效的 .docx");
    }

    @Test
    void fileOverTheLimitIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.txt");
        try (var channel = java.nio.channels.FileChannel.open(big,
                java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {'a'}), 50L * 1024 * 1024);
        }
        assertThatThrownBy(() -> DocumentFiles.readText(big))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("big.txt").hasMessageContaining("文件过大").hasMessageContaining("10 MB");
        assertThatThrownBy(() -> DocumentFiles.readText(dir.resolve("missing.txt")))
                .hasMessageContaining("missing.txt").hasMessageContaining("不存在");
    }

    private static final Path REAL = Path.of("..", "budget-core", "src", "test", "resources", "real");

    @Test
    void aPdfGivesItsTextLayer() throws Exception {
        DocumentFiles.DocumentContent pdf = DocumentFiles.read(REAL.resolve("shanghai-putuo-wanli-street-2023-budget.pdf"));
        assertThat(pdf.fileName()).isEqualTo("shanghai-putuo-wanli-street-2023-budget.pdf");
        assertThat(pdf.mayHoldTables()).isTrue();
        assertThat(pdf.bytes()).hasSize((int) Files.size(REAL.resolve("shanghai-putuo-wanli-street-2023-budget.pdf")));
        // p.26 of the file (pdftotext -layout): 人员经费 84,024,865 and 工资福利支出 83,847,385
        assertThat(pdf.text()).contains("万里街道").contains("84,024,865").contains("83,847,385")
                .doesNotContain("\r");
        assertThat(pdf.text().chars().filter(c -> c == '\f').count()).isEqualTo(35);
    }

    @Test
    void aSpreadsheetHasNoTextButItsBytes() throws Exception {
        Path xlsx = REAL.resolve("shanghai-putuo-2026-budget-tables-template-blank.xlsx");
        DocumentFiles.DocumentContent sheet = DocumentFiles.read(xlsx);
        assertThat(sheet.text()).isNull();
        assertThat(sheet.bytes()).isEqualTo(Files.readAllBytes(xlsx));
        assertThat(sheet.mayHoldTables()).isTrue();
        assertThat(DocumentFiles.read("a.txt", SAMPLE.getBytes(StandardCharsets.UTF_8)).mayHoldTables()).isFalse();
        assertThatThrownBy(() -> DocumentFiles.readText(xlsx)).hasMessageContaining("unsupported");
    }

    @Test
    void badPdfsAreRefusedNamingTheFile() throws Exception {
        assertThatThrownBy(() -> DocumentFiles.read("scan.pdf", HandMadePdf.blank(3, false)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("scan.pdf").hasMessageContaining("扫描件");
        assertThatThrownBy(() -> DocumentFiles.read("locked.pdf", HandMadePdf.blank(1, true)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("locked.pdf").hasMessageContaining("加密");
        assertThatThrownBy(() -> DocumentFiles.read("broken.pdf", "%PDF-1.7\n1 0 obj << >> x".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("broken.pdf").hasMessageContaining("不是可读的 PDF");
        assertThatThrownBy(() -> DocumentFiles.read("huge.pdf", HandMadePdf.blank(500, false)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("huge.pdf").hasMessageContaining("500 页");
        assertThatThrownBy(() -> DocumentFiles.read("big.pdf", new byte[(int) DocumentFiles.maxBytes("big.pdf") + 1]))
                .hasMessageContaining("big.pdf").hasMessageContaining("上限为 50 MB");
        assertThatThrownBy(() -> DocumentFiles.read("empty.xlsx", new byte[0])).hasMessageContaining("文件为空");
    }
}
