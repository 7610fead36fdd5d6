package cn.districtbudget.data.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.districtbudget.data.files.OfficePackageLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The results import (CSV, .xlsx) refuses over-large files before building anything (issue 10 item 2). */
class ResultFileLimitsTest {

    @Test
    void anXlsxWithTooManyCellsIsRefusedBeforePoi() throws IOException {
        byte[] xlsx = sheet(OfficePackageLimits.MAX_SHEET_CELLS + 5, false);

        assertThatThrownBy(() -> ResultFiles.read("结果.xlsx", xlsx))
                .isInstanceOf(ResultFileException.class)
                .hasMessageContaining("结果.xlsx").hasMessageContaining("单元格超过 " + OfficePackageLimits.MAX_SHEET_CELLS);
    }

    @Test
    void anXlsxWithADoctypeIsRefused() throws IOException {
        byte[] xlsx = sheet(3, true);

        assertThatThrownBy(() -> ResultFiles.read("doctype.xlsx", xlsx))
                .isInstanceOf(ResultFileException.class)
                .hasMessageContaining("doctype.xlsx").hasMessageContaining("DOCTYPE");
    }

    @Test
    void aCsvWithTooManyRowsIsRefused() {
        StringBuilder csv = new StringBuilder("部门,年度,指标名称,实际值\n");
        for (int i = 0; i <= ResultFiles.MAX_ROWS; i++) {
            csv.append("801,2020,x,1\n");
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ResultFiles.read("结果.csv", bytes))
                .isInstanceOf(ResultFileException.class)
                .hasMessageContaining("结果.csv").hasMessageContaining("超过 " + ResultFiles.MAX_ROWS + " 行");
    }

    @Test
    void aFileOverTheByteLimitIsRefused() {
        byte[] bytes = new byte[ResultFiles.MAX_BYTES + 1];
        java.util.Arrays.fill(bytes, (byte) ',');

        assertThatThrownBy(() -> ResultFiles.read("大.csv", bytes))
                .isInstanceOf(ResultFileException.class).hasMessageContaining("大.csv").hasMessageContaining("过大");
    }

    @Test
    void aSmallCsvIsStillRead() {
        byte[] bytes = "部门,年度,指标名称,实际值\n801,2020,完成率,95%\n".getBytes(StandardCharsets.UTF_8);

        assertThat(ResultFiles.read("ok.csv", bytes)).hasSize(1);
    }

    private static byte[] sheet(int cells, boolean doctype) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?>" + (doctype ? "<!DOCTYPE Types>" : "")
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            StringBuilder xml = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
                    + "2006/main\"><sheetData><row r=\"1\">");
            for (int c = 0; c < cells; c++) {
                xml.append("<c t=\"n\"><v>1</v></c>");
            }
            xml.append("</row></sheetData></worksheet>");
            zip.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
