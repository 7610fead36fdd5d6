package cn.districtbudget.core.tables;

import static cn.districtbudget.core.tables.TableAsserts.figure;
import static cn.districtbudget.core.tables.TableAsserts.rowByCode;
import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.core.money.Money;
import cn.districtbudget.core.money.MoneyUnit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** Spreadsheets (.xlsx, .xls) and Word tables read into the same model as PDFs. */
class SpreadsheetAndWordTest {

    /** 支出总表 with merged headers, codes stored as numbers, figures as numbers and as text. */
    private static void expenditureSheet(Workbook wb, String sheetName, int firstRow) {
        Sheet s = wb.getSheet(sheetName) != null ? wb.getSheet(sheetName) : wb.createSheet(sheetName);
        int r = firstRow;
        s.createRow(r++).createCell(0).setCellValue("2024年部门支出预算总表");
        s.createRow(r++).createCell(3).setCellValue("单位：万元");
        Row h1 = s.createRow(r);
        h1.createCell(0).setCellValue("功能分类科目编码");
        h1.createCell(1).setCellValue("科目名称");
        h1.createCell(2).setCellValue("支出预算");
        s.addMergedRegion(new CellRangeAddress(r, r, 2, 4));
        r++;
        Row h2 = s.createRow(r++);
        h2.createCell(2).setCellValue("合计");
        h2.createCell(3).setCellValue("基本\n支出");
        h2.createCell(4).setCellValue("项目支出");
        Object[][] data = {
            {201d, "一般公共服务支出", 12.5d, "10.00", 2.5d},
            {20101d, "人大事务", 12.5d, "10.00", "2.50"},
            {2010101d, "行政运行", 12.5d, "10.00", 2.5d},
            {null, "合计", "12.50", 10d, 2.5d},
        };
        for (Object[] d : data) {
            Row row = s.createRow(r++);
            for (int c = 0; c < d.length; c++) {
                if (d[c] instanceof Double v) {
                    row.createCell(c).setCellValue(v);
                } else if (d[c] instanceof String v) {
                    row.createCell(c).setCellValue(v);
                }
            }
        }
    }

    private static byte[] bytes(Workbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        wb.close();
        return out.toByteArray();
    }

    private static void assertExpenditure(StandardTable t) {
        assertThat(t.kind()).isEqualTo(TableKind.EXPENDITURE);
        assertThat(t.unit()).isEqualTo(MoneyUnit.WAN_YUAN);
        assertThat(t.columns()).extracting(TableColumn::measure).containsExactly(Measure.TOTAL, Measure.BASIC,
                Measure.PROJECT);
        TableRow item = rowByCode(t, "2010101");
        assertThat(item.level()).isEqualTo(RowLevel.ITEM);
        assertThat(figure(t, item, Measure.BASIC)).isEqualByComparingTo("10.00");
        assertThat(item.cell(2).money()).isEqualTo(Money.ofWan("2.5"));
        assertThat(item.cell(0).evidence().column()).isEqualTo(3);
        assertThat(t.totalRow(0, null)).isPresent();
    }

    @Test
    void xlsxWithMergedHeadersCodesAsNumbersAndFiguresAsText() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        expenditureSheet(wb, " 支出总表 ", 0);
        TableReadResult r = TableReader.read("budget.xlsx", bytes(wb));
        assertThat(r.tables()).hasSize(1);
        assertExpenditure(r.tables().get(0));
        assertThat(r.tables().get(0).evidence().place()).isEqualTo("工作表“支出总表”"); // stray spaces trimmed
        assertThat(r.findings()).filteredOn(f -> f.severity() != cn.districtbudget.core.finding.Severity.INFO).isEmpty();
    }

    @Test
    void xlsWithTwoTablesOnOneSheet() throws IOException {
        HSSFWorkbook wb = new HSSFWorkbook();
        expenditureSheet(wb, "表", 0);
        expenditureSheet(wb, "表", 12);
        TableReadResult r = TableReader.read("budget.xls", bytes(wb));
        assertThat(r.tables()).hasSize(2);
        r.tables().forEach(SpreadsheetAndWordTest::assertExpenditure);
        assertThat(rowByCode(r.tables().get(1), "201").evidence().row()).isEqualTo(17);
    }

    @Test
    void aSheetWithABrokenSumIsChecked() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        expenditureSheet(wb, "支出总表", 0);
        wb.getSheet("支出总表").getRow(6).getCell(2).setCellValue(13.5); // 2010101 合计 13.50 ≠ 10.00 + 2.50
        TableReadResult r = TableReader.read("broken-sum.xlsx", bytes(wb));
        assertThat(r.findings()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("TBL-ROW-SUM");
            assertThat(f.message()).contains("2010101 行政运行").contains("13.5万元");
        });
    }

    @Test
    void docxTableWithTitleAndUnitAbove() throws IOException {
        XWPFDocument doc = new XWPFDocument();
        doc.createParagraph().createRun().setText("一般公共预算“三公”经费支出表");
        doc.createParagraph().createRun().setText("单位：万元");
        XWPFTable t = doc.createTable(2, 6);
        String[] head = {"合计", "因公出国（境）费", "公务用车购置费", "公务用车运行费", "公务接待费", "会议费"};
        String[] values = {"10.00", "2.00", "", "5.00", "3.00", "4.00"};
        for (int c = 0; c < 6; c++) {
            t.getRow(0).getCell(c).setText(head[c]);
            if (!values[c].isEmpty()) {
                t.getRow(1).getCell(c).setText(values[c]);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        doc.close();
        TableReadResult r = TableReader.read("tables.docx", out.toByteArray());
        assertThat(r.tables()).hasSize(1);
        StandardTable three = r.tables().get(0);
        assertThat(three.kind()).isEqualTo(TableKind.THREE_PUBLIC);
        assertThat(three.unit()).isEqualTo(MoneyUnit.WAN_YUAN);
        TableRow row = three.rows().get(0);
        assertThat(figure(three, row, Measure.VEHICLE_OPERATION)).isEqualByComparingTo("5.00");
        assertThat(figure(three, row, Measure.MEETING)).isEqualByComparingTo("4.00");
        assertThat(r.findings()).filteredOn(f -> f.rule().equals("TBL-3PUB-SUM")
                && f.severity() != cn.districtbudget.core.finding.Severity.INFO).isEmpty(); // 10 = 2 + 5 + 3, 会议费 not counted
    }
}
