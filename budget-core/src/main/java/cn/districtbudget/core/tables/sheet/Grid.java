package cn.districtbudget.core.tables.sheet;

import java.util.ArrayList;
import java.util.List;

/** A rectangle of cell texts as read (numbers written as exact decimals), with where it came from. */
final class Grid {

    final String place;
    final List<String[]> rows = new ArrayList<>();
    /** 1-based row numbers as in the source (sheet row / Word table row). */
    final List<Integer> rowNumbers = new ArrayList<>();
    /** Text before the grid (Word: the paragraphs above the table), used for title and unit. */
    final List<String> above = new ArrayList<>();

    Grid(String place) {
        this.place = place;
    }

    int width() {
        int w = 0;
        for (String[] r : rows) {
            w = Math.max(w, r.length);
        }
        return w;
    }

    String cell(int row, int column) {
        String[] r = rows.get(row);
        return column < r.length && r[column] != null ? r[column] : "";
    }
}
