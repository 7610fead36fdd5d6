package cn.districtbudget.core.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table copied from a web page with its cells separated by spaces ({@code 項 目 本年決算數} /
 * {@code 一、支出合計 9.28}), cut into the cells a {@link PipeTable} row has, so that it is read the same way: the header
 * row starts with 项目 and names the columns, a row is a label followed by numbers only. A blank cell leaves no trace
 * between spaces, so the reader reads a row only when it has as many cells as the header (which number belongs to
 * which column is otherwise unknown).
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
