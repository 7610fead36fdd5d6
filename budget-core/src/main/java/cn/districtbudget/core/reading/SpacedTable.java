package cn.districtbudget.core.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table copied from a web page with its cells separated by spaces ({@code 項 目 本年決算數} /
 * {@code 一、支出合計 9.28}), cut into the cells a {@link PipeTable} row has, so that it is read the same way: the header
 * row starts with 项目 and names the columns, a row is a label followed by numbers only. A blank cell usually leaves
 * no trace between spaces, so the reader reads a row only when it has as many cells as the header (which number
 * belongs to which column is otherwise unknown) — except in a table whose header is parted by single spaces, as a
 * web mirror prints one with a blank cell as one space ({@link #rowByBlanks}).
 */
final class SpacedTable {

    private static final Pattern HEADER = Pattern.compile("^(?:项\\s*目|科\\s*目)\\s+(?<columns>\\S.*)$");
    private static final Pattern NUMBER_CELL = Pattern.compile(
            "-?(?:\\d{1,3}(?:,\\d{3})+|\\d{1,20})(?:\\.\\d{1,8})?%?");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The longest row label: 其中：（1）公务用车运行维护费 and the like are far shorter; prose is longer. */
    static final int MAX_LABEL = 30;

    private SpacedTable() {
    }

    private static boolean hasClauseBreak(String label) {
        for (int i = 0; i < label.length(); i++) {
            if ("，,。；;！？!?".indexOf(label.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The cells of a header row ({@code 项目} and its column names); null when the line is not one. */
    static String[] header(String line) {
        Matcher m = HEADER.matcher(SourceText.strip(line));
        if (!m.matches()) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        cells.add("项目");
        cells.addAll(List.of(SPACES.split(m.group("columns"))));
        return cells.toArray(String[]::new);
    }

    private static final Pattern TOKEN = Pattern.compile("\\S+");

    /** A header whose cells are parted by single spaces (项目 2016年执行数 2017年预算数). */
    static boolean singleSpaced(String line) {
        return !SourceText.strip(line).contains("  ");
    }

    /**
     * The cells of a row of a web mirror's table where each cell is parted by one space and a blank cell is printed
     * as one space (…公务接待费   150000: one blank cell, then 150000; …费用 0      : 0, then three blank cells): a gap
     * of 2k+1 spaces holds k blank cells, a trailing run of 2k spaces k of them. Null when a gap or the trailing run
     * does not fit that pattern, or the row does not come to {@code width} cells. Blank cells are empty strings.
     */
    static String[] rowByBlanks(String raw, int width) {
        String line = raw.stripLeading();
        Matcher token = TOKEN.matcher(line);
        List<int[]> spans = new ArrayList<>();
        while (token.find()) {
            spans.add(new int[] {token.start(), token.end()});
        }
        int first = 0;
        while (first < spans.size() && !NUMBER_CELL.matcher(line.substring(spans.get(first)[0], spans.get(first)[1])).matches()) {
            first++;
        }
        if (first == 0 || first == spans.size()) {
            return null;
        }
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < first; i++) {
            label.append(line, spans.get(i)[0], spans.get(i)[1]);
        }
        if (label.length() > MAX_LABEL || hasClauseBreak(label.toString())) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        cells.add(label.toString());
        for (int i = first; i < spans.size(); i++) {
            String cell = line.substring(spans.get(i)[0], spans.get(i)[1]);
            int gap = spans.get(i)[0] - spans.get(i - 1)[1];
            if (!NUMBER_CELL.matcher(cell).matches() || gap % 2 == 0 || !onlySpaces(line, spans.get(i - 1)[1], spans.get(i)[0])) {
                return null;
            }
            for (int blank = 0; blank < gap / 2; blank++) {
                cells.add("");
            }
            cells.add(cell);
        }
        int trailing = line.length() - spans.get(spans.size() - 1)[1];
        if (trailing % 2 != 0 || !onlySpaces(line, spans.get(spans.size() - 1)[1], line.length())) {
            return null;
        }
        for (int blank = 0; blank < trailing / 2; blank++) {
            cells.add("");
        }
        return cells.size() == width ? cells.toArray(String[]::new) : null;
    }

    private static boolean onlySpaces(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * The cells of a row of a two-sided 收支总表 ({@link SummaryTable}: 一、财政拨款收入 1 625.58 一、一般公共服务支出 28):
     * each run of words one label (spaces inside removed), each number a cell; a blank cell leaves no trace, so a label
     * followed by a label states no amount. Null when the line is prose (a label longer than a row's or with a clause
     * break).
     */
    static String[] summaryRow(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder label = new StringBuilder();
        for (String token : SPACES.split(SourceText.strip(line))) {
            if (NUMBER_CELL.matcher(token).matches()) {
                if (!label.isEmpty()) {
                    cells.add(label.toString());
                    label.setLength(0);
                }
                cells.add(token);
            } else {
                label.append(token);
            }
        }
        if (!label.isEmpty()) {
            cells.add(label.toString());
        }
        for (String cell : cells) {
            if (!NUMBER_CELL.matcher(cell).matches() && (cell.length() > MAX_LABEL || hasClauseBreak(cell))) {
                return null; // a label's, not a number's 1,234.56
            }
        }
        return cells.isEmpty() ? null : cells.toArray(String[]::new);
    }

    /**
     * The cells of a row: its label (the words before the first number, spaces inside removed) and its numbers;
     * only the label when it has none. Null when a word follows a number (prose, or a unit: {@code 公用经费 10 元}), the
     * line starts with a number, or the label is not a row's (longer than {@value #MAX_LABEL} characters, or a clause
     * break in it: prose).
     */
    static String[] row(String line) {
        String[] tokens = SPACES.split(SourceText.strip(line));
        int first = 0;
        while (first < tokens.length && !NUMBER_CELL.matcher(tokens[first]).matches()) {
            first++;
        }
        if (first == 0) {
            return null;
        }
        String label = String.join("", List.of(tokens).subList(0, first));
        if (label.length() > MAX_LABEL || hasClauseBreak(label)) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        cells.add(label);
        for (int i = first; i < tokens.length; i++) {
            if (!NUMBER_CELL.matcher(tokens[i]).matches()) {
                return null;
            }
            cells.add(tokens[i]);
        }
        return cells.toArray(String[]::new);
    }
}
