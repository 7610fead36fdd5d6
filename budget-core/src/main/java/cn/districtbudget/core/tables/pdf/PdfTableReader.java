package cn.districtbudget.core.tables.pdf;

import cn.districtbudget.core.finding.Severity;
import cn.districtbudget.core.tables.Evidence;
import cn.districtbudget.core.tables.TableFinding;
import cn.districtbudget.core.tables.TableKind;
import cn.districtbudget.core.tables.build.Numbers;
import cn.districtbudget.core.tables.build.RawTable;
import cn.districtbudget.core.tables.build.TableBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Rebuilds the standard tables of a PDF from its positioned text. Limits: {@link #MAX_BYTES} per file,
 * {@link #MAX_PAGES} pages, {@link #MAX_MEMORY} bytes of PDFBox stream cache in memory; beyond them the file is
 * refused with a finding and nothing is read.
 */
public final class PdfTableReader {

    public static final long MAX_BYTES = 50L * 1024 * 1024;
    public static final int MAX_PAGES = 300;
    public static final long MAX_MEMORY = 64L * 1024 * 1024;

    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—–－\\s]*(第)?\\s*\\d{1,4}\\s*(页)?([/／共]\\s*\\d{1,4}\\s*页?)?[-—–－\\s]*$");
    private static final Pattern TABLE_NUMBER = Pattern.compile("^(表[一二三四五六七八九十\\d]+|公开\\d+表|附表\\d*)$");
    private static final Pattern CODE_PART = Pattern.compile("\\d{2,7}");
    private static final Pattern NUMBERED = Pattern.compile("^([一二三四五六七八九十]+、|\\d+[.．、]|[（(][一二三四五六七八九十\\d]+[)）]).*");

    private PdfTableReader() {
    }

    /** The tables of a PDF as raw tables; findings (scan, encrypted, broken, too large) go to {@code findings}. */
    public static List<RawTable> read(String file, byte[] bytes, List<TableFinding> findings) {
        Evidence whole = new Evidence(file, null, null, null);
        if (bytes.length > MAX_BYTES) {
            findings.add(new TableFinding("TBL-FILE-TOO-LARGE", Severity.ERROR, "文件" + file + "大小" + bytes.length
                    / (1024 * 1024) + " MB，超过上限" + MAX_BYTES / (1024 * 1024) + " MB，未读取", whole));
            return List.of();
        }
        GlyphCollector collector = new GlyphCollector();
        try (PDDocument document = Loader.loadPDF(bytes, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(MAX_MEMORY).streamCache)) {
            int pages = document.getNumberOfPages();
            if (pages > MAX_PAGES) {
                findings.add(new TableFinding("TBL-FILE-TOO-LARGE", Severity.ERROR, "文件" + file + "共" + pages
                        + "页，超过上限" + MAX_PAGES + "页，未读取", whole));
                return List.of();
            }
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                findings.add(new TableFinding("TBL-FILE-ENCRYPTED", Severity.ERROR,
                        "文件" + file + "已加密且禁止提取文字，未读取", whole));
                return List.of();
            }
            collector.collect(document);
        } catch (InvalidPasswordException e) {
            findings.add(new TableFinding("TBL-FILE-ENCRYPTED", Severity.ERROR,
                    "文件" + file + "已加密（需要密码），未读取", whole));
            return List.of();
        } catch (IOException | RuntimeException e) {
            findings.add(new TableFinding("TBL-FILE-BROKEN", Severity.ERROR,
                    "文件" + file + "不是可读的PDF（" + e.getClass().getSimpleName() + "），未读取", whole));
            return List.of();
        } catch (OutOfMemoryError e) {
            findings.add(new TableFinding("TBL-FILE-TOO-LARGE", Severity.ERROR,
                    "文件" + file + "超出读取内存上限，未读取", whole));
            return List.of();
        }
        if (collector.glyphCount() < 20 * Math.max(1, collector.pageCount()) / 10 + 5) {
            findings.add(new TableFinding("TBL-FILE-SCAN", Severity.ERROR, "文件" + file + "没有文字层（扫描件，共"
                    + collector.pageCount() + "页），无法读取其中的表格，未读取任何数字", whole));
            return List.of();
        }
        List<PdfLine> lines = dropPageNumbers(collector.lines());
        return new Layout(file, lines).tables();
    }

    /** The first or last line of a page when it is only a page number (3, - 3 -, 第3页). */
    private static List<PdfLine> dropPageNumbers(List<PdfLine> lines) {
        List<PdfLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            PdfLine l = lines.get(i);
            boolean first = i == 0 || lines.get(i - 1).page != l.page;
            boolean last = i == lines.size() - 1 || lines.get(i + 1).page != l.page;
            if ((first || last) && l.segs.size() == 1 && PAGE_NUMBER.matcher(l.text()).matches()) {
                continue;
            }
            out.add(l);
        }
        return out;
    }

    /** The reconstruction over the document's lines. */
    private static final class Layout {
        private final String file;
        private final List<PdfLine> lines;

        Layout(String file, List<PdfLine> lines) {
            this.file = file;
            this.lines = lines;
        }

        List<RawTable> tables() {
            List<Integer> starts = new ArrayList<>();
            List<String> titles = new ArrayList<>();
            List<Integer> bodyStarts = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String title = titleAt(i);
                if (title == null) {
                    continue;
                }
                boolean wrapped = TableKind.recognise(lines.get(i).compact()) == null;
                int after = wrapped ? i + 2 : i + 1;
                int unit = unitLineWithin(after, 3);
                if (unit < 0) {
                    continue; // a table of contents entry or a mention, not a table
                }
                starts.add(i);
                titles.add(title);
                bodyStarts.add(unit + 1);
                i = unit;
            }
            List<RawTable> out = new ArrayList<>();
            for (int t = 0; t < starts.size(); t++) {
                int end = t + 1 < starts.size() ? starts.get(t + 1) : lines.size();
                RawTable raw = new RawTable();
                PdfLine titleLine = lines.get(starts.get(t));
                raw.title = titles.get(t);
                raw.titleEvidence = new Evidence(file, "第" + titleLine.page + "页", null, null);
                StringBuilder unitText = new StringBuilder();
                for (int k = starts.get(t) + 1; k < bodyStarts.get(t); k++) {
                    unitText.append(lines.get(k).compact()).append(' ');
                }
                raw.unitText = unitText.toString();
                if (TableKind.recognise(raw.title) == TableKind.PERFORMANCE) {
                    out.add(raw); // a form, not a grid of figures: recognised, its figures not read
                    continue;
                }
                new Body(raw, lines.subList(bodyStarts.get(t), end), file).build();
                out.add(raw);
            }
            return out;
        }

        /** The title of a table starting at line i (one line, or two when the title wraps), else null. */
        private String titleAt(int i) {
            PdfLine l = lines.get(i);
            String compact = l.compact();
            if (compact.length() > 60 || compact.contains("单位") || TABLE_NUMBER.matcher(compact).matches()) {
                return null;
            }
            if (TableKind.recognise(compact) != null) {
                return compact;
            }
            if (hasNumberSeg(l) && !compact.contains("表")) {
                return null;
            }
            if (i + 1 < lines.size() && lines.get(i + 1).page == l.page) {
                String next = lines.get(i + 1).compact();
                String two = compact + next;
                if (next.length() <= 10 && !compact.endsWith("表") && TableKind.recognise(two) != null) {
                    return two;
                }
            }
            return null;
        }

        private int unitLineWithin(int from, int count) {
            for (int k = from; k < Math.min(lines.size(), from + count); k++) {
                String c = lines.get(k).compact();
                if (TableBuilder.unitOf(c) != null || c.contains("单位:") || c.contains("单位：")) {
                    return k;
                }
            }
            return -1;
        }
    }

    static boolean hasNumberSeg(PdfLine l) {
        for (PdfLine.Seg s : l.segs) {
            if (Numbers.parse(s.text()) != null) {
                return true;
            }
        }
        return false;
    }

    /** One table's lines: classify, find columns, map headers, merge wrapped rows. */
    private static final class Body {
        private final RawTable raw;
        private final List<PdfLine> lines;
        private final String file;

        /** A line split into codes, texts and figures. */
        private record Parsed(PdfLine line, String code, float codeX, List<PdfLine.Seg> texts, List<PdfLine.Seg> nums) {
            boolean isData() {
                return code != null || !nums.isEmpty();
            }
        }

        private record Interval(float x0, float x1) {
            float center() {
                return (x0 + x1) / 2;
            }
        }

        Body(RawTable raw, List<PdfLine> lines, String file) {
            this.raw = raw;
            this.lines = lines;
            this.file = file;
        }

        void build() {
            List<Parsed> header = new ArrayList<>();
            List<Parsed> data = new ArrayList<>();
            float dataSize = 0;
            int lastDataPage = -1;
            for (int i = 0; i < lines.size(); i++) {
                PdfLine l = lines.get(i);
                String c = l.compact();
                if (c.startsWith("注") || c.startsWith("说明：") || (c.contains("空表") && !hasNumberSeg(l))) {
                    raw.notes.add(c);
                    for (int k = i + 1; k < lines.size() && !hasNumberSeg(lines.get(k)); k++) {
                        if (lines.get(k).compact().length() >= 20 || k > i + 2) {
                            break;
                        }
                        raw.notes.set(raw.notes.size() - 1, raw.notes.get(raw.notes.size() - 1) + lines.get(k).compact());
                    }
                    break; // a note closes the table
                }
                Parsed p = parse(l);
                if (!data.isEmpty()) {
                    boolean prose = l.segs.size() == 1 && c.length() >= 26 && !p.isData();
                    boolean prosy = c.length() >= 26 && p.texts().stream().anyMatch(s -> s.text().length() >= 26);
                    boolean heading = !p.isData() && l.size > dataSize * 1.25f;
                    if (prose || prosy || heading) {
                        break; // the narrative resumes
                    }
                }
                if (p.isData()) {
                    data.add(p);
                    dataSize = Math.max(dataSize, l.size);
                    lastDataPage = l.page;
                } else if (data.isEmpty()) {
                    header.add(p);
                    raw.headerText.append(c).append(' ');
                } else if (l.page != lastDataPage) {
                    continue; // a repeated header or running header atop a continuation page
                } else {
                    data.add(p);
                }
            }
            if (data.stream().noneMatch(Parsed::isData)) {
                return;
            }
            List<Interval> cols = numberColumns(data);
            // side starts: slots (number of columns to the left) where row labels appear
            boolean[] slotHasText = new boolean[cols.size() + 1];
            for (Parsed p : data) {
                for (PdfLine.Seg s : p.texts()) {
                    slotHasText[slot(cols, s.x0())] = true;
                }
                if (p.code() != null) {
                    slotHasText[slot(cols, p.codeX())] = true;
                }
            }
            slotHasText[0] = true;
            int[] sideOfCol = new int[cols.size()];
            int side = -1;
            for (int c = 0; c < cols.size(); c++) {
                if (slotHasText[c]) {
                    side++;
                }
                sideOfCol[c] = Math.max(side, 0);
            }
            List<RawTable.Column> columns = headers(header, data, cols, sideOfCol);
            rows(data, cols, sideOfCol, columns);
        }

        private Parsed parse(PdfLine l) {
            List<PdfLine.Seg> segs = l.segs;
            int k = 0;
            StringBuilder code = new StringBuilder();
            float codeX = 0;
            while (k < segs.size() && CODE_PART.matcher(segs.get(k).text()).matches() && k + 1 < segs.size()) {
                if (k == 0) {
                    codeX = segs.get(k).x0();
                }
                code.append(segs.get(k).text());
                k++;
            }
            boolean codeOk = code.length() > 0 && k < segs.size()
                    && Numbers.parse(segs.get(k).text()) == null
                    && (code.length() == 3 || code.length() == 5 || code.length() == 7);
            if (!codeOk) {
                k = 0;
            }
            List<PdfLine.Seg> texts = new ArrayList<>();
            List<PdfLine.Seg> nums = new ArrayList<>();
            for (int i = k; i < segs.size(); i++) {
                PdfLine.Seg s = segs.get(i);
                if (Numbers.parse(s.text()) != null || Numbers.isDash(s.text())
                        || Numbers.looksNumeric(s.text()) && s.text().length() > 1) {
                    nums.add(s);
                } else {
                    texts.add(s);
                }
            }
            return new Parsed(l, codeOk ? code.toString() : null, codeX, texts, nums);
        }

        /** Columns of figures: the connected runs of the figures' horizontal extents. */
        private static List<Interval> numberColumns(List<Parsed> data) {
            List<Interval> all = new ArrayList<>();
            for (Parsed p : data) {
                for (PdfLine.Seg s : p.nums()) {
                    all.add(new Interval(s.x0(), s.x1()));
                }
            }
            all.sort(Comparator.comparingDouble(Interval::x0));
            List<Interval> cols = new ArrayList<>();
            for (Interval iv : all) {
                if (!cols.isEmpty() && iv.x0() <= cols.get(cols.size() - 1).x1() + 1f) {
                    Interval last = cols.remove(cols.size() - 1);
                    cols.add(new Interval(last.x0(), Math.max(last.x1(), iv.x1())));
                } else {
                    cols.add(iv);
                }
            }
            return cols;
        }

        private static int slot(List<Interval> cols, float x0) {
            int n = 0;
            for (Interval c : cols) {
                if (c.x1() <= x0 + 0.5f) {
                    n++;
                }
            }
            return n;
        }

        private static int columnOf(List<Interval> cols, PdfLine.Seg s) {
            for (int c = 0; c < cols.size(); c++) {
                if (s.x0() >= cols.get(c).x0() - 0.5f && s.x1() <= cols.get(c).x1() + 0.5f) {
                    return c;
                }
            }
            return -1;
        }

        /** Header labels mapped to the columns of figures by position; spanning labels become groups. */
        private List<RawTable.Column> headers(List<Parsed> header, List<Parsed> data, List<Interval> cols,
                                              int[] sideOfCol) {
            // row-label areas: where data rows print names
            List<Interval> nameAreas = new ArrayList<>();
            for (Parsed p : data) {
                for (PdfLine.Seg s : p.texts()) {
                    nameAreas.add(new Interval(s.x0(), s.x1()));
                }
            }
            String[] labels = new String[cols.size()];
            List<List<String>> groups = new ArrayList<>();
            for (int c = 0; c < cols.size(); c++) {
                groups.add(new ArrayList<>());
            }
            for (Parsed p : header) {
                for (PdfLine.Seg s : p.line().segs) {
                    String text = s.text();
                    if (text.contains("单位") || text.contains("部门：") || text.contains("编制部门")) {
                        continue;
                    }
                    List<Integer> covered = new ArrayList<>();
                    for (int c = 0; c < cols.size(); c++) {
                        if (s.x0() <= cols.get(c).center() && s.x1() >= cols.get(c).center()) {
                            covered.add(c);
                        }
                    }
                    if (covered.size() >= 2) {
                        for (int c : covered) {
                            groups.get(c).add(text);
                        }
                        continue;
                    }
                    if (inside(nameAreas, s.center())) {
                        continue; // a row-label header (项目, 科目名称, 类 款 项)
                    }
                    int best = -1;
                    float bestDistance = Float.MAX_VALUE;
                    for (int c = 0; c < cols.size(); c++) {
                        Interval iv = cols.get(c);
                        float d = s.center() < iv.x0() ? iv.x0() - s.center()
                                : s.center() > iv.x1() ? s.center() - iv.x1() : 0;
                        if (d < bestDistance) {
                            bestDistance = d;
                            best = c;
                        }
                    }
                    float width = cols.get(best).x1() - cols.get(best).x0();
                    if (best < 0 || bestDistance > Math.max(30f, width)) {
                        continue; // a header of a column without figures
                    }
                    labels[best] = labels[best] == null ? text : labels[best] + text;
                }
            }
            List<RawTable.Column> out = new ArrayList<>();
            for (int c = 0; c < cols.size(); c++) {
                String group = groups.get(c).isEmpty() ? null : String.join("/", groups.get(c));
                String label = labels[c];
                if (label == null && group != null) {
                    label = groups.get(c).get(groups.get(c).size() - 1);
                    group = groups.get(c).size() > 1 ? String.join("/", groups.get(c).subList(0, groups.get(c).size() - 1)) : null;
                }
                out.add(new RawTable.Column(label == null ? "第" + (c + 1) + "栏" : label, group, sideOfCol[c]));
            }
            raw.columns.addAll(out);
            return out;
        }

        private static boolean inside(List<Interval> areas, float x) {
            for (Interval a : areas) {
                if (x >= a.x0() && x <= a.x1()) {
                    return true;
                }
            }
            return false;
        }

        /** A row being assembled for one side. */
        private static final class Pending {
            final int side;
            String code;
            final StringBuilder name = new StringBuilder();
            final String[] values;
            final Evidence[] cells;
            boolean hasNumbers;
            PdfLine first;
            PdfLine last;

            Pending(int side, int columns) {
                this.side = side;
                this.values = new String[columns];
                this.cells = new Evidence[columns];
            }
        }

        private void rows(List<Parsed> data, List<Interval> cols, int[] sideOfCol, List<RawTable.Column> columns) {
            int sides = Arrays.stream(sideOfCol).max().orElse(0) + 1;
            Pending[] pending = new Pending[sides];
            List<Pending> done = new ArrayList<>();
            for (Parsed p : data) {
                PdfLine l = p.line();
                for (int side = 0; side < sides; side++) {
                    String code = null;
                    if (p.code() != null && sideOf(cols, sideOfCol, p.codeX()) == side) {
                        code = p.code();
                    }
                    StringBuilder text = new StringBuilder();
                    for (PdfLine.Seg s : p.texts()) {
                        if (sideOf(cols, sideOfCol, s.x0()) == side) {
                            text.append(s.text());
                        }
                    }
                    List<PdfLine.Seg> nums = new ArrayList<>();
                    for (PdfLine.Seg s : p.nums()) {
                        int c = columnOf(cols, s);
                        if (c >= 0 && sideOfCol[c] == side) {
                            nums.add(s);
                        }
                    }
                    if (code == null && text.isEmpty() && nums.isEmpty()) {
                        continue;
                    }
                    Pending prev = pending[side];
                    boolean near = prev != null && prev.last.page == l.page && l.y - prev.last.y <= 1.45f * l.size;
                    boolean numbered = NUMBERED.matcher(text).matches() || TableBuilder.isTotalName(text.toString());
                    Pending row;
                    if (code != null || !nums.isEmpty()) {
                        if (near && !prev.hasNumbers && prev.code == null && code == null && !prev.name.isEmpty()
                                && (text.isEmpty() || !numbered)) {
                            row = prev; // the label printed above its figures
                        } else {
                            row = new Pending(side, cols.size());
                            row.first = l;
                            done.add(row);
                        }
                    } else if (near && !numbered && (prev.hasNumbers || prev.code != null)
                            && !TableBuilder.isTotalName(prev.name.toString()) || near && !numbered && prev.name.isEmpty()) {
                        row = prev; // a wrapped name, or the label printed under its figures
                    } else {
                        row = new Pending(side, cols.size());
                        row.first = l;
                        done.add(row);
                    }
                    if (code != null) {
                        row.code = code;
                    }
                    row.name.append(text);
                    for (PdfLine.Seg s : nums) {
                        int c = columnOf(cols, s);
                        if (row.values[c] != null) {
                            row = new Pending(side, cols.size());
                            row.first = l;
                            done.add(row);
                        }
                        row.values[c] = s.text();
                        row.hasNumbers = true;
                    }
                    row.last = l;
                    pending[side] = row;
                }
            }
            done.sort(Comparator.comparingInt((Pending r) -> r.side));
            int[] rowNumber = new int[sides];
            for (Pending r : done) {
                if (!r.hasNumbers && r.code == null && r.name.isEmpty()) {
                    continue;
                }
                int n = ++rowNumber[r.side];
                Evidence ev = new Evidence(file, "第" + r.first.page + "页", n, null);
                Evidence[] cells = new Evidence[cols.size()];
                for (int c = 0; c < cols.size(); c++) {
                    cells[c] = ev.at(n, c + 1);
                }
                raw.rows.add(new RawTable.Row(r.side, r.code, r.name.toString(), r.values, ev, cells));
            }
        }

        private static int sideOf(List<Interval> cols, int[] sideOfCol, float x0) {
            int s = slot(cols, x0);
            if (s >= cols.size()) {
                return sideOfCol.length == 0 ? 0 : sideOfCol[sideOfCol.length - 1];
            }
            return sideOfCol[s];
        }
    }
}
