package cn.districtbudget.data.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Builds a .docx from a published text the way a department's Word file looks: prose lines as paragraphs, the
 * tab-led cell lines as real Word tables (a row per group of cells between blank lines, a cell of several
 * lines as several paragraphs).
 */
final class SampleDocx {

    private SampleDocx() {
    }

    static byte[] of(String text) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<List<List<String>>> table = null;
            List<List<String>> row = null;
            List<String> cell = null;
            int blanks = 0;
            for (String line : text.split("\n", -1)) {
                if (line.startsWith("\t")) {
                    if (table == null) {
                        table = new ArrayList<>();
                    }
                    if (row == null || blanks > 0) {
                        row = new ArrayList<>();
                        table.add(row);
                    }
                    cell = new ArrayList<>(List.of(line.substring(1)));
                    row.add(cell);
                    blanks = 0;
                } else if (line.isBlank()) {
                    blanks++;
                } else if (table != null && cell != null && !String.join("", cell).isBlank() && blanks <= 2) {
                    cell.add(line);
                    blanks = 0;
                } else {
                    if (table != null) {
                        addTable(document, table);
                        table = null;
                        row = null;
                        cell = null;
                    }
                    document.createParagraph().createRun().setText(line);
                    blanks = 0;
                }
            }
            if (table != null) {
                addTable(document, table);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addTable(XWPFDocument document, List<List<List<String>>> rows) {
        XWPFTable table = document.createTable();
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
            while (row.getTableCells().size() > 0 && r > 0) {
                row.removeCell(0);
            }
            List<List<String>> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                XWPFTableCell cell = r == 0 && c == 0 ? row.getCell(0) : row.addNewTableCell();
                List<String> paragraphs = cells.get(c);
                cell.getParagraphs().get(0).createRun().setText(paragraphs.get(0));
                for (int p = 1; p < paragraphs.size(); p++) {
                    cell.addParagraph().createRun().setText(paragraphs.get(p));
                }
            }
        }
    }
}
