package cn.districtbudget.core.reading;

import java.util.regex.Pattern;

/**
 * A table copied from a web page one cell per line, with or without a {@code |} after each cell:
 * <pre>
 * 項 目 |        项 目
 * 預 算 數 |     预算数
 * 決 算 數 |     决算数
 * 合 計 |        合 计
 * 49.9 |         77.00
 * 7.69 |         68.30
 * 因公出國(境)費 |
 * 20 |
 * |
 * </pre>
 * The header is 项目 and the column names below it; then each row is a label line and its cells. A row is read,
 * as a {@link PipeTable} row, only when it has as many cells as the header has columns: with {@code |} a blank cell
 * keeps its line, without it a blank cell leaves no trace, so a row with fewer cells cannot say which column its
 * numbers are in and is reported instead.
 */
final class CellLines {

    private static final Pattern HEADER = Pattern.compile("^(?:项目|科目)$");
    /** A column name: 预算数, 2023年决算数, 执行数, 增减, 增减幅度(%)… (short, unnumbered: not a row's label). */
    private static final Pattern TITLE = Pattern.compile(
            "^(?:行次|(?![一二三四五六七八九十\\d]{1,3}[、.．]|[（(][一二三四五六七八九十\\d]{1,3}[)）]|其中).{0,10}(?:数|增减|幅度|%|率|原因)[)）]?)$");
    private static final Pattern NUMBER = Pattern.compile("-?(?:\\d{1,3}(?:,\\d{3})+|\\d{1,20})(?:\\.\\d{1,8})?%?");
    private static final Pattern NOTHING = Pattern.compile("^(?:-{1,2}|—{1,2}|－|/|…)$");

    private CellLines() {
    }

    /**
     * The one cell a line holds (spaces inside removed; empty for a {@code |} line's blank cell); null when the line
     * holds several cells or is no cell (prose, a line with a clause break, a label longer than a row's).
     */
    static String cell(String line) {
        String text;
        if (PipeTable.isRow(line)) {
            String found = null;
            for (String cell : PipeTable.cells(line)) {
                if (!cell.isEmpty()) {
                    if (found != null) {
                        return null;
                    }
                    found = cell;
                }
            }
            text = found == null ? "" : found.replace(" ", "").replace("\u3000", ""); // 项 目 |: a PDF's spaced label
        } else {
            text = SourceText.strip(line).replace(" ", "").replace("\u3000", "");
            if (text.isEmpty()) {
                return null;
            }
        }
        if (text.length() > SpacedTable.MAX_LABEL || hasClauseBreak(text) && !NUMBER.matcher(text).matches()) {
            return null;
        }
        return text;
    }

    /** A quick test before {@link #cell}: only a short line with 目 can be a header's 项目 / 科目 cell. */
    static boolean mayBeHeader(String line) {
        return line.length() <= 16 && line.indexOf('目') >= 0;
    }

    static boolean isHeader(String cell) {
        return HEADER.matcher(cell).matches();
    }

    static boolean isTitle(String cell) {
        return !cell.isEmpty() && !isValue(cell) && TITLE.matcher(cell).matches();
    }

    /** A cell that holds a figure or states none (a number, blank, or a dash). */
    static boolean isValue(String cell) {
        return cell.isEmpty() || NUMBER.matcher(cell).matches() || NOTHING.matcher(cell).matches();
    }

    private static boolean hasClauseBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("，,。；;！？!?".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
