package cn.districtbudget.data.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The limits of {@link OfficePackageLimits} as {@link DocumentFiles} applies them to .docx files. */
class DocumentLimitsTest {

    @Test
    void aDoctypeInContentTypesIsRefusedInOneLineWithoutAnythingPrinted() throws Exception {
        byte[] docx = HandMadeOffice.docx(3, 0, true);
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
            assertThatThrownBy(() -> DocumentFiles.readText("doctype.docx", docx))
                    .isInstanceOf(UnreadableDocumentException.class)
                    .hasMessageContaining("doctype.docx").hasMessageContaining("[Content_Types].xml")
                    .hasMessageContaining("DOCTYPE")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void tooManyTableCellsAreRefused() throws Exception {
        byte[] docx = HandMadeOffice.docx(3, OfficePackageLimits.MAX_TABLE_CELLS + 10, false);

        assertThatThrownBy(() -> DocumentFiles.readText("cells.docx", docx))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("cells.docx").hasMessageContaining("表格单元格超过 "
                        + OfficePackageLimits.MAX_TABLE_CELLS);
    }

    @Test
    void aPartExpandingBeyondTheLimitIsRefusedWhateverItHolds() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("word/media/image1.png"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i <= OfficePackageLimits.MAX_PART_BYTES / zeros.length; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        byte[] docx = bytes.toByteArray();
        assertThat(docx.length).isLessThan(100_000);

        assertThatThrownBy(() -> DocumentFiles.readText("zeros.docx", docx))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("zeros.docx").hasMessageContaining("word/media/image1.png")
                .hasMessageContaining("解压后超过 16 MB");
    }

    @Test
    void aSmallHandMadeDocxIsRead() throws Exception {
        String text = DocumentFiles.readText("small.docx", HandMadeOffice.docx(3, 20, false));

        assertThat(text).startsWith("山海关区科学技术协会2019年部门预算公开说明\n第1段\n第2段\n\t0\t1\t2");
    }
}
