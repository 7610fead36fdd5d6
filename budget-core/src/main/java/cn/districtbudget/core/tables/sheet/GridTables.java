package cn.districtbudget.core.tables.sheet;

import cn.districtbudget.core.tables.Evidence;
import cn.districtbudget.core.tables.TableKind;
import cn.districtbudget.core.tables.build.Numbers;
import cn.districtbudget.core.tables.build.RawTable;
import cn.districtbudget.core.tables.build.TableBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the standard tables in a grid: a title row (or the sheet's name, or the paragraph above a Word table), the
 * unit row, header rows down to the first row of figures, then code columns (类/款/项 or one code column), name
 * columns and figure columns; a name column after figure columns starts a new side (收支总表).
 */
final class GridTables {

    private static final Pattern CODE_LIKE = Pattern.compile("\\d{2,7}");
    private static final Pattern NOTE = Pattern.compile("^(注|说明|备注)|空表|(本表|此表)为?空|无数据");

    private GridTables() {
    }

    static List<RawTable> tables(String file, Grid grid, String fallbackTitle) {
        List<Integer> titles = new ArrayList<>();
        for (int r = 0; r < grid.rows.size(); r++) {
            String joined = joined(grid, r);
            int filled = filled(grid, r);
            if (filled >= 1 && filled <= 3 && !joined.contains("单位") && TableKind.recognise(joined) != null) {
                titles.add(r);
            }
        }
        List<RawTable> out = new ArrayList<>();
        if (titles.isEmpty()) {
            if (fallbackTitle != null && TableKind.recognise(fallbackTitle) != null && !grid.rows.isEmpty()) {
                out.add(table(file, grid, -1, grid.rows.size(), fallbackTitle.trim()));
            }
            return out;
        }
        for (int t = 0; t < titles.size(); t++) {
            int end = t + 1 < titles.size() ? titles.get(t + 1) : grid.rows.size();
            out.add(table(file, grid, titles.get(t), end, joined(grid, titles.get(t))));
        }
        return out;
    }

    private static String joined(Grid grid, int r) {
        StringBuilder out = new StringBuilder();
        String last = null;
        for (String c : grid.rows.get(r)) {
            if (c != null && !c.isBlank() && !c.equals(last)) {
                out.append(c.trim());
                last = c;
            }
        }
        return out.toString().replaceAll("\\s+", "");
    }

    private static int filled(Grid grid, int r) {
        int n = 0;
        String last = null;
        for (String c : grid.rows.get(r)) {
            if (c != null && !c.isBlank() && !c.equals(last)) {
                n++;
                last = c;
            }
        }
        return n;
    }

    private static RawTable table(String file, Grid grid, int title, int end, String titleText) {
        RawTable raw = new RawTable();
        raw.title = titleText;
        int titleRow = title >= 0 ? grid.rowNumbers.get(title) : 0;
        raw.titleEvidence = new Evidence(file, grid.place, title >= 0 ? titleRow : null, null);
        int body = title + 1;
        for (String above : grid.above) {
            if (above.contains("单位")) {
                raw.unitText = above;
            }
        }
        for (int r = title + 1; r < Math.min(end, title + 4); r++) {
            String j = joined(grid, r);
            if (j.contains("单位")) {
                raw.unitText = j;
                body = r + 1;
                break;
            }
        }
        List<Integer> rows = new ArrayList<>();
        for (int r = Math.max(body, 0); r < end; r++) {
            String j = joined(grid, r);
            if (j.isEmpty()) {
                continue;
            }
            if (NOTE.matcher(j).find() && filled(grid, r) <= 2) {
                raw.notes.add(j);
                continue;
            }
            rows.add(r);
        }
        int width = grid.width();
        // data rows: a figure, or a code in the leading columns
        int firstData = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (isDataRow(grid, rows.get(i), width)) {
                firstData = i;
                break;
            }
        }
        if (firstData < 0) {
            return raw; // no figures: a blank table (or template)
        }
        List<Integer> header = rows.subList(0, firstData);
        List<Integer> data = rows.subList(firstData, rows.size());
        for (int h : header) {
            raw.headerText.append(joined(grid, h)).append(' ');
        }
        // column types
        char[] type = new char[width]; // 'C' code, 'L' label, 'N' figures, 0 unused
        for (int c = 0; c < width; c++) {
            int numbers = 0;
            int texts = 0;
            int codes = 0;
            for (int r : data) {
                String v = grid.cell(r, c).trim();
                if (v.isEmpty()) {
                    continue;
                }
                if (CODE_LIKE.matcher(Numbers.clean(v)).matches() && !v.contains(".") && !v.contains(",")) {
                    codes++;
                } else if (Numbers.parse(v) != null || Numbers.isDash(v)) {
                    numbers++;
                } else {
                    texts++;
                }
            }
            type[c] = texts > 0 && texts >= numbers ? 'L' : numbers > 0 ? 'N' : codes > 0 ? 'C' : 0;
        }
        // code-like columns: codes only left of the first label column; elsewhere they are figures (e.g. 30000元)
        int firstLabel = -1;
        for (int c = 0; c < width; c++) {
            if (type[c] == 'L') {
                firstLabel = c;
                break;
            }
        }
        for (int c = 0; c < width; c++) {
            if (type[c] == 'C' && (firstLabel < 0 || c > firstLabel) && !headerSaysCode(grid, header, c)) {
                type[c] = 'N';
            }
        }
        int[] sideOf = new int[width];
        int side = 0;
        boolean seenFigures = false;
        for (int c = 0; c < width; c++) {
            if ((type[c] == 'L' || type[c] == 'C') && seenFigures) {
                side++;
                seenFigures = false;
            }
            if (type[c] == 'N') {
                seenFigures = true;
            }
            sideOf[c] = side;
        }
        List<Integer> figureCols = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            if (type[c] == 'N') {
                figureCols.add(c);
                List<String> parts = new ArrayList<>();
                for (int h : header) {
                    String v = grid.cell(h, c).replaceAll("\\s+", "");
                    if (!v.isEmpty() && !parts.contains(v)) {
                        parts.add(v);
                    }
                }
                String label = parts.isEmpty() ? "第" + (c + 1) + "栏" : parts.get(parts.size() - 1);
                String group = parts.size() > 1 ? String.join("/", parts.subList(0, parts.size() - 1)) : null;
                raw.columns.add(new RawTable.Column(label, group, sideOf[c]));
            }
        }
        int sides = side + 1;
        for (int s = 0; s < sides; s++) {
            int n = 0;
            for (int r : data) {
                StringBuilder code = new StringBuilder();
                StringBuilder name = new StringBuilder();
                String[] values = new String[figureCols.size()];
                Evidence[] cells = new Evidence[figureCols.size()];
                boolean any = false;
                String lastName = null;
                for (int c = 0; c < width; c++) {
                    if (sideOf[c] != s) {
                        continue;
                    }
                    String v = grid.cell(r, c).trim();
                    if (type[c] == 'C' && !v.isEmpty()) {
                        code.append(Numbers.clean(v));
                    } else if (type[c] == 'L' && !v.isEmpty() && !v.equals(lastName)) {
                        name.append(v.replaceAll("\\s+", ""));
                        lastName = v;
                    }
                }
                for (int k = 0; k < figureCols.size(); k++) {
                    int c = figureCols.get(k);
                    if (sideOf[c] != s) {
                        continue;
                    }
                    String v = grid.cell(r, c).trim();
                    if (!v.isEmpty()) {
                        values[k] = v;
                        any = true;
                    }
                    cells[k] = new Evidence(file, grid.place, grid.rowNumbers.get(r), c + 1);
                }
                if (!any && code.isEmpty() && name.isEmpty()) {
                    continue;
                }
                n++;
                String codeText = code.isEmpty() ? null : code.toString();
                if (codeText != null && codeText.length() != 3 && codeText.length() != 5 && codeText.length() != 7) {
                    name.insert(0, codeText + " ");
                    codeText = null;
                }
                raw.rows.add(new RawTable.Row(s, codeText, name.toString(),
                        values, new Evidence(file, grid.place, grid.rowNumbers.get(r), null), cells));
            }
        }
        return raw;
    }

    private static boolean headerSaysCode(Grid grid, List<Integer> header, int c) {
        for (int h : header) {
            String v = grid.cell(h, c);
            if (v.contains("编码") || v.contains("代码") || v.equals("类") || v.equals("款") || v.equals("项")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDataRow(Grid grid, int r, int width) {
        for (int c = 0; c < width; c++) {
            String v = grid.cell(r, c).trim();
            if (!v.isEmpty() && (Numbers.parse(v) != null)) {
                return true;
            }
        }
        return false;
    }
}
