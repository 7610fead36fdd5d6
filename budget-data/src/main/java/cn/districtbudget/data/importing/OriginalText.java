package cn.districtbudget.data.importing;

import cn.districtbudget.core.assembly.SourceDocument;
import cn.districtbudget.core.tables.StandardTable;
import cn.districtbudget.core.tables.TableCell;
import cn.districtbudget.core.tables.TableRow;
import java.util.List;

/**
 * The text stored as a disclosure's original (the page's 原文 panel) and hashed for "unchanged": one file's text as it
 * was read; a file without running text (a spreadsheet) as the cells its tables were read from, a line per row
 * ({@code code \t name \t raw cells}) under each table's title; several files each under {@code 【文件：name】}.
 */
final class OriginalText {

    private OriginalText() {
    }

    static String of(List<SourceDocument> documents) {
        if (documents.size() == 1) {
            return of(documents.get(0));
        }
        StringBuilder out = new StringBuilder();
        for (SourceDocument document : documents) {
            out.append("【文件：").append(document.fileName()).append("】\n").append(of(document));
            if (out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String of(SourceDocument document) {
        if (document.text() != null && !document.text().isBlank()) {
            return document.text();
        }
        StringBuilder out = new StringBuilder();
        if (document.tables() != null) {
            for (StandardTable table : document.tables().tables()) {
                out.append(table.title()).append('\n');
                for (TableRow row : table.rows()) {
                    out.append(row.code() == null ? "" : row.code()).append('\t')
                            .append(row.name() == null ? "" : row.name());
                    for (TableCell cell : row.cells()) {
                        out.append('\t').append(cell == null || cell.raw() == null ? "" : cell.raw());
                    }
                    out.append('\n');
                }
            }
        }
        return out.toString();
    }
}
