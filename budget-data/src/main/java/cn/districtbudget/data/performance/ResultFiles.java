package cn.districtbudget.data.performance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Results files: CSV (UTF-8 with or without BOM, else GB18030 as saved by Chinese Excel) and .xlsx (first sheet).
 * The first row is the header; columns are found by name in any order: 部门 (code or name), 年度, 指标名称, 实际值,
 * and optionally 工作活动 (needed only where an indicator name repeats within the department's table). Other
 * columns (单位, 评价标准) are ignored. Line numbers count the header as line 1, as a spreadsheet shows them.
 */
final class ResultFiles {

    static final List<String> TEMPLATE_HEADER = List.of("部门编码或名称", "年度", "工作活动", "指标名称", "实际值", "单位",
            "优", "良", "中", "差");

    /** Largest results file read: 10 MB, as for disclosures. */
    static final int MAX_BYTES = cn.districtbudget.data.files.DocumentFiles.MAX_BYTES;
    /** Most rows of a results file (a district's departments times their indicators is some 10,000). */
    static final int MAX_ROWS = 100_000;

    private ResultFiles() {
    }

    static boolean isXlsx(String fileName) {
        return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /**
     * The lines of a results file. Refused ({@link ResultFileException} naming the file) before anything is built:
     * over {@link #MAX_BYTES}, over {@link #MAX_ROWS} rows, an .xlsx over the limits of
     * {@link cn.districtbudget.data.files.OfficePackageLimits} (expanded size, parts, cells) or with a DOCTYPE.
     */
    static List<ResultLine> read(String fileName, byte[] content) {
        String name = fileName == null ? "（无名称）" : fileName;
        if (content != null && content.length > MAX_BYTES) {
            throw new ResultFileException("文件“" + name + "”过大（" + content.length / 1024 + " KB），上限为 "
                    + MAX_BYTES / 1024 / 1024 + " MB");
        }
        if (isXlsx(fileName)) {
            try {
                cn.districtbudget.data.files.OfficePackageLimits.checkXlsx(name, content);
            } catch (cn.districtbudget.data.files.UnreadableDocumentException e) {
                throw new ResultFileException(e.getMessage());
            }
        }
        List<List<String>> rows = isXlsx(fileName) ? xlsxRows(content) : csvRows(name, content);
        if (rows.size() > MAX_ROWS + 1) {
            throw tooManyRows(name);
        }
        if (rows.isEmpty()) {
            throw new ResultFileException("文件为空：第1行应为表头（部门编码或名称、年度、指标名称、实际值）");
        }
        Columns columns = Columns.of(rows.get(0));
        List<ResultLine> lines = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            lines.add(new ResultLine(i + 1, columns.cell(row, columns.department), columns.cell(row, columns.year),
                    columns.cell(row, columns.activity), columns.cell(row, columns.indicator),
                    columns.cell(row, columns.value)));
        }
        return lines;
    }

    /** Template rows (without header) as CSV bytes: UTF-8 with BOM so that Excel shows the Chinese. */
    static byte[] csv(List<List<String>> rows) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(TEMPLATE_HEADER);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Template rows (without header) as an .xlsx workbook, all cells text. */
    static byte[] xlsx(List<List<String>> rows) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("绩效自评");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < TEMPLATE_HEADER.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(TEMPLATE_HEADER.get(c));
                cell.setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    if (values.get(c) != null && !values.get(c).isEmpty()) {
                        row.createCell(c).setCellValue(values.get(c));
                    }
                }
            }
            for (int c = 0; c < TEMPLATE_HEADER.size(); c++) {
                sheet.setColumnWidth(c, c == 2 || c == 3 ? 30 * 256 : 14 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ResultFileException tooManyRows(String name) {
        return new ResultFileException("文件“" + name + "”超过 " + MAX_ROWS + " 行（不含表头），已拒绝以免耗尽内存");
    }

    private static List<List<String>> csvRows(String name, byte[] content) {
        String text = decode(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get()
                .parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                if (rows.size() > MAX_ROWS) {
                    throw tooManyRows(name);
                }
                List<String> row = new ArrayList<>();
                record.forEach(row::add);
                rows.add(row);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ResultFileException("CSV文件无法读取：" + e.getMessage(), e);
        }
        return rows;
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, Charset.forName("GB18030"));
        }
    }

    private static List<List<String>> xlsxRows(byte[] content) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        List<List<String>> rows = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                return rows;
            }
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
                    }
                }
                rows.add(cells);
            }
        } catch (IOException | RuntimeException e) {
            throw new ResultFileException("xlsx文件无法读取（不是有效的Excel 2007+工作簿）", e);
        }
        return rows;
    }

    /** Column positions found in the header row. */
    private record Columns(int department, int year, int activity, int indicator, int value) {

        static Columns of(List<String> header) {
            int department = -1;
            int year = -1;
            int activity = -1;
            int indicator = -1;
            int value = -1;
            for (int c = 0; c < header.size(); c++) {
                String h = header.get(c).replace("\uFEFF", "").strip();
                if (department < 0 && (h.startsWith("部门") || h.equals("单位名称") || h.equals("单位编码"))) {
                    department = c;
                } else if (year < 0 && (h.equals("年度") || h.equals("年份") || h.equals("年"))) {
                    year = c;
                } else if (activity < 0 && (h.contains("活动"))) {
                    activity = c;
                } else if (indicator < 0 && h.startsWith("指标")) {
                    indicator = c;
                } else if (value < 0 && (h.equals("实际值") || h.equals("实际完成值") || h.equals("完成值") || h.equals("值"))) {
                    value = c;
                }
            }
            List<String> lacking = new ArrayList<>();
            if (department < 0) {
                lacking.add("部门编码或名称");
            }
            if (year < 0) {
                lacking.add("年度");
            }
            if (indicator < 0) {
                lacking.add("指标名称");
            }
            if (value < 0) {
                lacking.add("实际值");
            }
            if (!lacking.isEmpty()) {
                throw new ResultFileException("第1行表头缺少列：" + String.join("、", lacking));
            }
            return new Columns(department, year, activity, indicator, value);
        }

        String cell(List<String> row, int column) {
            if (column < 0 || column >= row.size() || row.get(column) == null) {
                return "";
            }
            return row.get(column).strip();
        }
    }
}
