package cn.districtbudget.core.reading;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells of a table as the text flattens it: every tab starts a cell, so a table may come one cell per line
 * ({@code \t单位名称}) or one row per line ({@code \t单位名称\t单位性质}). Text before a line's first tab
 * continues the cell before it (a cell of several lines), when that cell has text and at most two blank lines
 * lie between. Rows are cut by the table's column count, guided by the visible row starts (a blank line before a
 * cell, or several cells on one line): a stray blank line inside a row is bridged, and a row with a cell too few
 * is returned short (for the caller to report) instead of shifting every later row. The table ends at the first
 * line that is neither a cell nor a continuation.
 */
final class TableCells {

    /**
     * One cell: its text (lines stripped and joined with {@code \n}), the line it starts on, and whether it
     * visibly starts a row (it follows a blank line, or it is the first of several cells on its line).
     */
    record Cell(String text, int line, boolean rowStart) {

        boolean isEmpty() {
            return text.isEmpty();
        }
    }

    private static final int MAX_BLANKS_IN_CELL = 2;

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
        boolean currentStartsRow = false;
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
                boolean continues = current != null && current.length() > 0 && blanks <= MAX_BLANKS_IN_CELL;
                if (!continues) {
                    break;
                }
                current.append('\n').append(head);
            } else if (parts.length == 1) {
                break;
            }
            boolean severalOnLine = parts.length > 2;
            for (int i = 1; i < parts.length; i++) {
                if (current != null) {
                    cells.add(new Cell(current.toString(), currentLine, currentStartsRow));
                }
                current = new StringBuilder(SourceText.strip(parts[i]));
                currentLine = number;
                currentStartsRow = i == 1 && head.isEmpty() && (blanks > 0 || severalOnLine || cells.isEmpty());
            }
            blanks = 0;
            end = number;
        }
        if (current != null) {
            cells.add(new Cell(current.toString(), currentLine, currentStartsRow));
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

    /**
     * The cells from {@code from} in rows of {@code width}. Cells between two visible row starts form a group;
     * a group of exactly {@code width} is a row, a longer one (rows without blank lines between) is cut by
     * {@code width}, short groups are joined while they fit. A short group that cannot be completed is returned
     * as a short row: the caller reports it.
     */
    List<List<Cell>> rows(int from, int width) {
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> pending = new ArrayList<>();
        for (List<Cell> group : groups(Math.max(0, from))) {
            if (!pending.isEmpty()) {
                if (pending.size() + group.size() <= width) {
                    pending.addAll(group);
                    if (pending.size() == width) {
                        rows.add(List.copyOf(pending));
                        pending.clear();
                    }
                    continue;
                }
                rows.add(List.copyOf(pending));
                pending.clear();
            }
            int i = 0;
            for (; i + width <= group.size(); i += width) {
                rows.add(group.subList(i, i + width));
            }
            pending.addAll(group.subList(i, group.size()));
        }
        if (!pending.isEmpty()) {
            rows.add(List.copyOf(pending));
        }
        return rows;
    }

    private List<List<Cell>> groups(int from) {
        List<List<Cell>> groups = new ArrayList<>();
        int start = from;
        for (int i = from + 1; i <= cells.size(); i++) {
            if (i == cells.size() || cells.get(i).rowStart()) {
                if (i > start) {
                    groups.add(cells.subList(start, i));
                }
                start = i;
            }
        }
        return groups;
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
