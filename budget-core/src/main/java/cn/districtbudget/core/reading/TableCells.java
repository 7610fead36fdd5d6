package cn.districtbudget.core.reading;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells of a table as the text flattens it: every tab starts a cell, so a table may come one cell per line
 * ({@code \t单位名称}) or one row per line ({@code \t单位名称\t单位性质}). Text before a line's first tab
 * continues the cell before it (a cell of several lines), when that cell has text and at most one blank line
 * lies between. Blank lines are otherwise ignored: rows are cut by the table's column count, because real
 * texts put stray blank lines inside rows and inside cells. The table ends at the first line that is neither
 * a cell nor a continuation.
 */
final class TableCells {

    /** One cell: its text (lines stripped and joined with {@code \n}) and the line it starts on. */
    record Cell(String text, int line) {

        boolean isEmpty() {
            return text.isEmpty();
        }
    }

    private final List<Cell> cells;
    private final int endLine;

    private TableCells(List<Cell> cells, int endLine) {
        this.cells = cells;
        this.endLine = endLine;
    }

    List<Cell> cells() {
        return cells;
    }

    /** The last line of the table; lines after it are prose again. */
    int endLine() {
        return endLine;
    }

    /** The table starting at the first cell line within {@code from..to}; no cells when there is none. */
    static TableCells read(SourceText source, int from, int to) {
        int start = from;
        while (start <= to && !SourceText.isTableLine(source.line(start))) {
            start++;
        }
        List<Cell> cells = new ArrayList<>();
        StringBuilder current = null;
        int currentLine = 0;
        int blanks = 0;
        int end = start - 1;
        for (int number = start; number <= to; number++) {
            String line = source.line(number);
            if (SourceText.isBlank(line) && line.indexOf('\t') < 0) {
                blanks++;
                continue;
            }
            String[] parts = line.split("\t", -1);
            String head = SourceText.strip(parts[0]);
            if (!head.isEmpty()) {
                boolean continues = current != null && current.length() > 0 && blanks <= 1;
                if (!continues) {
                    break;
                }
                current.append('\n').append(head);
            } else if (parts.length == 1) {
                break;
            }
            for (int i = 1; i < parts.length; i++) {
                if (current != null) {
                    cells.add(new Cell(current.toString(), currentLine));
                }
                current = new StringBuilder(SourceText.strip(parts[i]));
                currentLine = number;
            }
            blanks = 0;
            end = number;
        }
        if (current != null) {
            cells.add(new Cell(current.toString(), currentLine));
        }
        return new TableCells(List.copyOf(cells), end);
    }

    /** Index of the first cell at or after {@code from} whose text is {@code text}; -1 when none. */
    int indexOf(String text, int from) {
        for (int i = Math.max(0, from); i < cells.size(); i++) {
            if (cells.get(i).text().equals(text)) {
                return i;
            }
        }
        return -1;
    }

    /** The cells from {@code from} cut into rows of {@code width}; a last incomplete row is returned short. */
    List<List<Cell>> rows(int from, int width) {
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = Math.max(0, from); i < cells.size(); i += width) {
            rows.add(cells.subList(i, Math.min(cells.size(), i + width)));
        }
        return rows;
    }

    static boolean allEmpty(List<Cell> row) {
        for (Cell cell : row) {
            if (!cell.isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
