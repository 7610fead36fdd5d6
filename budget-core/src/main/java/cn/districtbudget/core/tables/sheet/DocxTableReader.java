package cn.districtbudget.core.tables.sheet;

import cn.districtbudget.core.finding.Severity;
import cn.districtbudget.core.tables.Evidence;
import cn.districtbudget.core.tables.TableFinding;
import cn.districtbudget.core.tables.build.RawTable;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Standard tables from a .docx: each Word table becomes a grid (a cell spanning columns repeated over them), with the
 * paragraphs just above it as its title and unit lines. Pre-scanned by {@link ZipGuard}.
 */
public final class DocxTableReader {

    private DocxTableReader() {
    }

    public static List<RawTable> read(String file, byte[] bytes, List<TableFinding> findings) {
        Evidence whole = new Evidence(file, null, null, null);
        if (bytes.length > SheetTableReader.MAX_BYTES) {
            findings.add(new TableFinding("TBL-FILE-TOO-LARGE", Severity.ERROR, "文件" + file + "超过"
                    + SheetTableReader.MAX_BYTES / (1024 * 1024) + " MB，未读取", whole));
            return List.of();
        }
        String problem = ZipGuard.check(bytes);
        if (problem != null) {
            findings.add(new TableFinding(problem.startsWith("不是") ? "TBL-FILE-BROKEN" : "TBL-FILE-TOO-LARGE",
                        Severity.ERROR, "文件" + file + problem + "，未读取", whole));
            return List.of();
        }
        List<RawTable> out = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> recent = new ArrayList<>();
            int number = 0;
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    String text = p.getText().trim();
                    if (!text.isEmpty()) {
                        recent.add(text);
                        if (recent.size() > 3) {
                            recent.remove(0);
                        }
                    }
                } else if (element instanceof XWPFTable table) {
                    number++;
                    Grid grid = new Grid("第" + number + "个表格");
                    grid.above.addAll(recent);
                    int r = 0;
                    for (XWPFTableRow row : table.getRows()) {
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            String text = cell.getText().trim();
                            int span = cell.getCTTc().getTcPr() != null && cell.getCTTc().getTcPr().getGridSpan() != null
                                    ? cell.getCTTc().getTcPr().getGridSpan().getVal().intValue() : 1;
                            for (int k = 0; k < Math.max(1, span); k++) {
                                cells.add(text.isEmpty() ? null : text);
                            }
                        }
                        grid.rows.add(cells.toArray(new String[0]));
                        grid.rowNumbers.add(++r);
                    }
                    String title = null;
                    for (String line : recent) {
                        if (cn.districtbudget.core.tables.TableKind.recognise(line) != null) {
                            title = line;
                        }
                    }
                    out.addAll(GridTables.tables(file, grid, title));
                    recent.clear();
                }
            }
        } catch (Exception | OutOfMemoryError e) {
            findings.add(new TableFinding("TBL-FILE-BROKEN", Severity.ERROR, "文件" + file + "不是可读的Word文档（"
                    + e.getClass().getSimpleName() + "），未读取", whole));
            return List.of();
        }
        return out;
    }
}
