package cn.districtbudget.core.tables.sheet;

import cn.districtbudget.core.finding.Severity;
import cn.districtbudget.core.tables.Evidence;
import cn.districtbudget.core.tables.TableFinding;
import cn.districtbudget.core.tables.build.RawTable;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Standard tables from .xlsx and .xls: every sheet (name trimmed) becomes a grid, merged cells filled with their
 * value, numbers written exactly (POI's double through its shortest decimal form), codes stored as numbers kept as
 * digits. Limits: {@link #MAX_BYTES}, {@link #MAX_ROWS} rows and {@link #MAX_COLUMNS} columns per sheet; an .xlsx is
 * pre-scanned by {@link ZipGuard} before POI opens it.
 */
public final class SheetTableReader {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;
    public static final int MAX_COLUMNS = 100;

    private SheetTableReader() {
    }

    public static List<RawTable> read(String file, byte[] bytes, List<TableFinding> findings) {
        Evidence whole = new Evidence(file, null, null, null);
        if (bytes.length > MAX_BYTES) {
            findings.add(new TableFinding("TBL-FILE-TOO-LARGE", Severity.ERROR, "文件" + file + "超过"
                    + MAX_BYTES / (1024 * 1024) + " MB，未读取", whole));
            return List.of();
        }
        boolean zip = bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K';
        if (zip) {
            String problem = ZipGuard.check(bytes);
            if (problem != null) {
                findings.add(new TableFinding(problem.startsWith("不是") ? "TBL-FILE-BROKEN" : "TBL-FILE-TOO-LARGE",
                        Severity.ERROR, "文件" + file + problem + "，未读取", whole));
                return List.of();
            }
        }
        List<RawTable> out = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                Sheet sheet = workbook.getSheetAt(s);
                String name = sheet.getSheetName().trim();
                if (sheet.getLastRowNum() >= MAX_ROWS) {
                    findings.add(new TableFinding("TBL-FILE-TOO-LARGE", Severity.ERROR, "文件" + file + "的工作表“" + name
                            + "”有" + (sheet.getLastRowNum() + 1) + "行，超过上限" + MAX_ROWS + "行，未读取该文件", whole));
                    return List.of();
                }
                Grid grid = grid(sheet, name);
                out.addAll(GridTables.tables(file, grid, name));
            }
        } catch (EncryptedDocumentException e) {
            findings.add(new TableFinding("TBL-FILE-ENCRYPTED", Severity.ERROR, "文件" + file + "已加密，未读取", whole));
            return List.of();
        } catch (Exception | OutOfMemoryError e) {
            findings.add(new TableFinding("TBL-FILE-BROKEN", Severity.ERROR, "文件" + file + "不是可读的电子表格（"
                    + e.getClass().getSimpleName() + "），未读取", whole));
            return List.of();
        }
        return out;
    }

    private static Grid grid(Sheet sheet, String name) {
        Grid grid = new Grid("工作表“" + name + "”");
        int last = sheet.getLastRowNum();
        List<String[]> rows = new ArrayList<>();
        int width = 0;
        for (int r = 0; r <= last; r++) {
            Row row = sheet.getRow(r);
            int cells = row == null ? 0 : Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS);
            String[] texts = new String[cells];
            for (int c = 0; c < cells; c++) {
                texts[c] = text(row.getCell(c));
            }
            rows.add(texts);
            width = Math.max(width, cells);
        }
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            int r0 = merged.getFirstRow();
            int c0 = merged.getFirstColumn();
            if (r0 > last || c0 >= MAX_COLUMNS) {
                continue;
            }
            String value = c0 < rows.get(r0).length ? rows.get(r0)[c0] : null;
            for (int r = r0; r <= Math.min(merged.getLastRow(), last); r++) {
                for (int c = c0; c <= Math.min(merged.getLastColumn(), MAX_COLUMNS - 1); c++) {
                    if (c >= rows.get(r).length) {
                        String[] wider = new String[c + 1];
                        System.arraycopy(rows.get(r), 0, wider, 0, rows.get(r).length);
                        rows.set(r, wider);
                    }
                    rows.get(r)[c] = value;
                }
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            grid.rows.add(rows.get(r));
            grid.rowNumbers.add(r + 1);
        }
        return grid;
    }

    /** A cell's text: strings trimmed, numbers as exact decimals (a binary artefact beyond 6 places rounded away). */
    static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case STRING:
                String s = cell.getStringCellValue();
                return s == null || s.isBlank() ? null : s.trim();
            case NUMERIC:
                double d = cell.getNumericCellValue();
                BigDecimal value = BigDecimal.valueOf(d);
                if (value.scale() > 6) {
                    value = value.setScale(6, RoundingMode.HALF_UP);
                }
                value = value.stripTrailingZeros();
                return (value.scale() < 0 ? value.setScale(0) : value).toPlainString();
            case BOOLEAN:
                return String.valueOf(cell.getBooleanCellValue());
            default:
                return null;
        }
    }
}
