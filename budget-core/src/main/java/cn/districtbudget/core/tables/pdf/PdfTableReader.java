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
    private static final Pattern EMPTY_NOTE = Pattern.compile("空表|(本表|此表)为?空|无数据");
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
        private record Code(String code, float x) {
        }

        private record Parsed(PdfLine line, List<Code> codes, List<PdfLine.Seg> texts, List<PdfLine.Seg> nums) {
            boolean isData() {
                return !codes.isEmpty() || !nums.isEmpty();
            }
        }

        private record Interval(float x0, float x1) {
            float center() {
                return (x0 + x1) / 2;
            }
        }

        private final boolean classified;

        Body(RawTable raw, List<PdfLine> lines, String file) {
            this.raw = raw;
            TableKind kind = TableKind.recognise(raw.title);
            this.classified = kind != null && kind.shape() == TableKind.TableShape.CLASSIFIED;
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
                if (c.startsWith("注") || c.startsWith("说明：") || (EMPTY_NOTE.matcher(c).find() && !hasNumberSeg(l))) {
                    raw.notes.add(c);
                    for (int k = i + 1; k < lines.size() && k <= i + 4 && !hasNumberSeg(lines.get(k)); k++) {
                        String next = lines.get(k).compact();
                        if (next.startsWith("注") || next.startsWith("说明") || next.startsWith("备注") || EMPTY_NOTE.matcher(next).find()) {
                            raw.notes.add(next);
                        } else if (next.length() < 20) {
                            raw.notes.set(raw.notes.size() - 1, raw.notes.get(raw.notes.size() - 1) + next);
                        }
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
                    if (!pageHasData(lines, i)) {
                        break; // a whole page without figures: the table is over
                    }
                    continue; // a repeated header or running header atop a continuation page
                } else {
                    data.add(p);
                }
            }
            if (data.stream().noneMatch(Parsed::isData)) {
                return;
            }
            // a name wrapped above the first row's code and figures sits just above it: it is data, not header
            while (!header.isEmpty()) {
                Parsed last = header.get(header.size() - 1);
                PdfLine first = data.get(0).line();
                if (last.line().page == first.page && first.y - last.line().y <= first.size
                        && last.line().segs.size() == 1) {
                    data.add(0, header.remove(header.size() - 1));
                } else {
                    break;
                }
            }
            List<Interval> cols = numberColumns(data);
            if (classified) {
                List<Interval> codeCols = codeColumns(data, cols);
                if (!codeCols.isEmpty()) {
                    List<Parsed> re = new ArrayList<>();
                    for (Parsed p : data) {
                        re.add(asCodes(p, codeCols));
                    }
                    data = re;
                    cols = numberColumns(data);
                }
            }
            // side starts: slots (number of columns to the left) where row labels appear
            boolean[] slotHasText = new boolean[cols.size() + 1];
            for (Parsed p : data) {
                for (PdfLine.Seg s : p.texts()) {
                    slotHasText[slot(cols, s.x0())] = true;
                }
                for (Code code : p.codes()) {
                    slotHasText[slot(cols, code.x())] = true;
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

        /** True when the page of line i has a line with a figure or a code at or after i. */
        private boolean pageHasData(List<PdfLine> lines, int i) {
            int page = lines.get(i).page;
            for (int k = i; k < lines.size() && lines.get(k).page == page; k++) {
                if (parse(lines.get(k)).isData()) {
                    return true;
                }
            }
            return false;
        }

        private Parsed parse(PdfLine l) {
            List<PdfLine.Seg> segs = inText(l);
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
            boolean validLength = code.length() == 3 || code.length() == 5 || code.length() == 7;
            boolean textFollows = k < segs.size() && Numbers.parse(segs.get(k).text()) == null;
            boolean splitCode = k >= 2 && segs.get(0).text().length() == 3; // 类 款 项 in their own columns
            boolean aloneCode = classified && (code.length() == 5 || code.length() == 7); // name wrapped above/below
            boolean codeOk = code.length() > 0 && k < segs.size() && validLength && (textFollows || splitCode || aloneCode);
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
            return new Parsed(l, codeOk ? List.of(new Code(code.toString(), codeX)) : List.of(), texts, nums);
        }

        private static final Pattern PLAIN_INTEGER = Pattern.compile("\\d+");

        /**
         * Numbers that are part of a label, not figures: a bare integer set close to Chinese text (（20 万以下）,
         * 2018 年度) and any number followed closely by 万元/元 (prose). Joined into the text segment.
         */
        private static List<PdfLine.Seg> inText(PdfLine l) {
            List<PdfLine.Seg> out = new ArrayList<>(l.segs);
            float near = 0.6f * l.size;
            for (int i = 0; i < out.size(); i++) {
                PdfLine.Seg s = out.get(i);
                String t = s.text();
                PdfLine.Seg prev = i > 0 ? out.get(i - 1) : null;
                PdfLine.Seg next = i + 1 < out.size() ? out.get(i + 1) : null;
                boolean integer = PLAIN_INTEGER.matcher(t).matches() && !t.equals("0");
                boolean prevText = prev != null && s.x0() - prev.x1() < near && endsCjk(prev.text());
                boolean nextText = next != null && next.x0() - s.x1() < near && startsCjk(next.text());
                boolean unitFollows = next != null && next.x0() - s.x1() < near
                        && (next.text().startsWith("万") || next.text().startsWith("元"));
                if (Numbers.parse(t) != null && (integer && (prevText || nextText) || unitFollows)) {
                    PdfLine.Seg merged = s;
                    if (prevText) {
                        merged = new PdfLine.Seg(prev.text() + t, prev.x0(), s.x1());
                        out.set(i - 1, merged);
                        out.remove(i);
                        i--;
                    }
                    if (nextText || unitFollows) {
                        PdfLine.Seg n = out.get(i + 1);
                        out.set(i, new PdfLine.Seg(merged.text() + n.text(), merged.x0(), n.x1()));
                        out.remove(i + 1);
                    } else if (!prevText) {
                        out.set(i, merged);
                    }
                }
            }
            return out;
        }

        private static boolean endsCjk(String t) {
            return !t.isEmpty() && Character.UnicodeScript.of(t.codePointBefore(t.length())) == Character.UnicodeScript.HAN;
        }

        private static boolean startsCjk(String t) {
            return !t.isEmpty() && Character.UnicodeScript.of(t.codePointAt(0)) == Character.UnicodeScript.HAN;
        }

        private static final Pattern CODE = Pattern.compile("\\d{3}|\\d{5}|\\d{7}");

        /**
         * Columns that hold classification codes, not figures: every value a bare 3-, 5- or 7-digit integer, and
         * the column is the table's first or its values are followed by a name on the same line.
         */
        private static List<Interval> codeColumns(List<Parsed> data, List<Interval> cols) {
            List<Interval> out = new ArrayList<>();
            for (int c = 0; c < cols.size(); c++) {
                Interval iv = cols.get(c);
                int values = 0;
                int followed = 0;
                boolean allCodes = true;
                for (Parsed p : data) {
                    for (PdfLine.Seg s : p.nums()) {
                        if (s.x0() >= iv.x0() - 0.5f && s.x1() <= iv.x1() + 0.5f) {
                            values++;
                            allCodes &= CODE.matcher(s.text()).matches();
                            boolean text = p.texts().stream().anyMatch(t -> t.x0() > s.x1()
                                    && p.nums().stream().noneMatch(n -> n.x0() > s.x1() && n.x1() < t.x0()));
                            if (text) {
                                followed++;
                            }
                        }
                    }
                }
                if (allCodes && values >= 2 && (c == 0 || followed * 2 >= values)) {
                    out.add(iv);
                }
            }
            return out;
        }

        private static Parsed asCodes(Parsed p, List<Interval> codeCols) {
            List<Code> codes = new ArrayList<>(p.codes());
            List<PdfLine.Seg> nums = new ArrayList<>();
            for (PdfLine.Seg s : p.nums()) {
                boolean code = codeCols.stream().anyMatch(iv -> s.x0() >= iv.x0() - 0.5f && s.x1() <= iv.x1() + 0.5f);
                if (code) {
                    codes.add(new Code(s.text(), s.x0()));
                } else {
                    nums.add(s);
                }
            }
            return new Parsed(p.line(), codes, p.texts(), nums);
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
                    if (!TableBuilder.isTotalName(s.text())) {
                        nameAreas.add(new Interval(s.x0(), s.x1()));
                    }
                }
            }
            List<List<PdfLine.Seg>> cands = new ArrayList<>();
            List<List<String>> groups = new ArrayList<>();
            for (int c = 0; c < cols.size(); c++) {
                cands.add(new ArrayList<>());
                groups.add(new ArrayList<>());
            }
            for (Parsed h : header) {
                for (PdfLine.Seg s : h.line().segs) {
                    String text = s.text();
                    if (text.contains("单位：") || text.contains("单位:") || text.contains("部门：") || text.contains("编制部门")) {
                        continue;
                    }
                    if (inside(nameAreas, s.center()) && !inside(cols, s.center())) {
                        continue; // a row-label header (项目, 科目名称, 类 款 项)
                    }
                    int zone = zoneOf(cols, sideOfCol, nameAreas, s.center());
                    if (zone < 0) {
                        continue; // a header of a column without figures
                    }
                    List<Integer> overlapped = new ArrayList<>();
                    for (int c = 0; c < cols.size(); c++) {
                        float[] z = zone(cols, sideOfCol, nameAreas, c);
                        float overlap = Math.min(s.x1(), z[1]) - Math.max(s.x0(), z[0]);
                        if (overlap >= 15f) {
                            overlapped.add(c);
                        }
                    }
                    int centers = 0;
                    for (Interval iv : cols) {
                        if (s.x0() <= iv.center() && s.x1() >= iv.center()) {
                            centers++;
                        }
                    }
                    float below = Float.MAX_VALUE;
                    for (Parsed o : header) {
                        if (o.line().y <= h.line().y) {
                            continue;
                        }
                        for (PdfLine.Seg x : o.line().segs) {
                            if (x.x0() >= s.x0() - 6 && x.x1() <= s.x1() + 6) {
                                below = Math.min(below, o.line().y - h.line().y);
                            }
                        }
                    }
                    boolean group = centers >= 2
                            || overlapped.size() >= 2 && below < Float.MAX_VALUE && below > 2.0f * h.line().size;
                    if (group) {
                        for (int c : overlapped) {
                            groups.get(c).add(text); // a merged header over several columns
                        }
                    } else {
                        cands.get(zone).add(s);
                    }
                }
            }
            String[] labels = new String[cols.size()];
            for (int c = 0; c < cols.size(); c++) {
                List<PdfLine.Seg> list = cands.get(c);
                if (list.isEmpty()) {
                    continue;
                }
                // stacks of horizontally overlapping parts (a wrapped label); the stack nearest the figures names
                // the column, another stack in the same cell zone is the header of a column left blank
                List<List<PdfLine.Seg>> stacks = new ArrayList<>();
                for (PdfLine.Seg x : list) {
                    List<PdfLine.Seg> home = null;
                    for (List<PdfLine.Seg> st : stacks) {
                        for (PdfLine.Seg o : st) {
                            if (x.x0() < o.x1() - 1 && x.x1() > o.x0() + 1) {
                                home = st;
                            }
                        }
                    }
                    if (home == null) {
                        home = new ArrayList<>();
                        stacks.add(home);
                    }
                    home.add(x);
                }
                float center = cols.get(c).center();
                List<PdfLine.Seg> best = null;
                for (List<PdfLine.Seg> st : stacks) {
                    if (best == null || bottom(st, header) > bottom(best, header) + 0.5f
                            || Math.abs(bottom(st, header) - bottom(best, header)) <= 0.5f
                            && distance(st, center) < distance(best, center)) {
                        best = st;
                    }
                }
                best.sort(Comparator.comparingDouble((PdfLine.Seg x) -> lineY(x, header)));
                StringBuilder label = new StringBuilder();
                best.forEach(x -> label.append(x.text()));
                labels[c] = label.toString();
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

        /**
         * The column whose cell holds x: figures are right-aligned, so a column's cell runs from the right edge of
         * the column (or row labels) before it to its own right edge.
         */
        private static int zoneOf(List<Interval> cols, int[] sideOfCol, List<Interval> nameAreas, float x) {
            for (int c = 0; c < cols.size(); c++) {
                float[] z = zone(cols, sideOfCol, nameAreas, c);
                if (x > z[0] && x <= z[1]) {
                    return c;
                }
            }
            return -1;
        }

        /** The horizontal extent of column c's cells: from the right edge of what stands before it to its own. */
        private static float[] zone(List<Interval> cols, int[] sideOfCol, List<Interval> nameAreas, int c) {
            {
                float left;
                if (c > 0 && sideOfCol[c] == sideOfCol[c - 1]) {
                    left = cols.get(c - 1).x1();
                } else {
                    left = c > 0 ? cols.get(c - 1).x1() : Float.NEGATIVE_INFINITY;
                    for (Interval a : nameAreas) {
                        if (a.x1() <= cols.get(c).x0() + 0.5f) {
                            left = Math.max(left, a.x1());
                        }
                    }
                }
                return new float[] {left, cols.get(c).x1() + 12};
            }
        }

        private static float lineY(PdfLine.Seg seg, List<Parsed> header) {
            for (Parsed p : header) {
                if (p.line().segs.contains(seg)) {
                    return p.line().y;
                }
            }
            return 0;
        }

        private static float bottom(List<PdfLine.Seg> stack, List<Parsed> header) {
            float y = 0;
            for (PdfLine.Seg s : stack) {
                y = Math.max(y, lineY(s, header));
            }
            return y;
        }

        private static float distance(List<PdfLine.Seg> stack, float center) {
            return Math.abs((float) stack.stream().mapToDouble(PdfLine.Seg::center).average().orElse(0) - center);
        }

        private static boolean inside(List<Interval> areas, float x) {
            for (Interval a : areas) {
                if (x >= a.x0() && x <= a.x1()) {
                    return true;
                }
            }
            return false;
        }

        /** What one printed line holds for one side of the table. */
        private static final class Fragment {
            final PdfLine line;
            String code;
            String text = "";
            final List<PdfLine.Seg> nums = new ArrayList<>();

            Fragment(PdfLine line) {
                this.line = line;
            }

            boolean anchor() {
                return code != null || !nums.isEmpty();
            }
        }

        /** A row being assembled for one side. */
        private static final class Pending {
            String code;
            final StringBuilder name = new StringBuilder();
            final String[] values;
            PdfLine first;

            Pending(int columns) {
                this.values = new String[columns];
            }
        }

        private void rows(List<Parsed> data, List<Interval> cols, int[] sideOfCol, List<RawTable.Column> columns) {
            int sides = Arrays.stream(sideOfCol).max().orElse(0) + 1;
            List<List<Fragment>> bySide = new ArrayList<>();
            for (int side = 0; side < sides; side++) {
                bySide.add(new ArrayList<>());
            }
            for (Parsed p : data) {
                Fragment[] f = new Fragment[sides];
                for (int side = 0; side < sides; side++) {
                    f[side] = new Fragment(p.line());
                }
                for (Code code : p.codes()) {
                    f[sideOf(cols, sideOfCol, code.x())].code = code.code();
                }
                for (PdfLine.Seg s : p.texts()) {
                    Fragment g = f[sideOf(cols, sideOfCol, s.x0())];
                    g.text = g.text + s.text();
                }
                for (PdfLine.Seg s : p.nums()) {
                    int c = columnOf(cols, s);
                    if (c >= 0) {
                        f[sideOfCol[c]].nums.add(s);
                    }
                }
                // a label printed left of its figures' side (当年支出小计 under a two-part 支出 side)
                for (int side = 1; side < sides; side++) {
                    if (!f[side].nums.isEmpty() && f[side].text.isEmpty() && f[side].code == null
                            && !f[side - 1].text.isEmpty() && f[side - 1].nums.isEmpty() && f[side - 1].code == null
                            && TableBuilder.isTotalName(f[side - 1].text)) {
                        f[side].text = f[side - 1].text;
                        f[side - 1].text = "";
                    }
                }
                for (int side = 0; side < sides; side++) {
                    if (f[side].anchor() || !f[side].text.isEmpty()) {
                        bySide.get(side).add(f[side]);
                    }
                }
            }
            for (int side = 0; side < sides; side++) {
                List<Fragment> frags = bySide.get(side);
                Pending[] rowOf = new Pending[frags.size()];
                List<Pending> rows = new ArrayList<>();
                for (int i = 0; i < frags.size(); i++) {
                    Fragment f = frags.get(i);
                    if (f.anchor()) {
                        Pending r = new Pending(cols.size());
                        r.code = f.code;
                        r.first = f.line;
                        rowOf[i] = r;
                        rows.add(r);
                    }
                }
                // label-only lines join the nearer anchor line (wrapped names, a label above or below its figures)
                for (int i = 0; i < frags.size(); i++) {
                    Fragment f = frags.get(i);
                    if (f.anchor()) {
                        continue;
                    }
                    int prev = i - 1;
                    while (prev >= 0 && !frags.get(prev).anchor()) {
                        prev--;
                    }
                    int next = i + 1;
                    while (next < frags.size() && !frags.get(next).anchor()) {
                        next++;
                    }
                    float limit = 1.6f * f.line.size;
                    float dPrev = prev >= 0 && prev == i - 1 && frags.get(prev).line.page == f.line.page
                            ? f.line.y - frags.get(prev).line.y : Float.MAX_VALUE;
                    float dNext = next < frags.size() && next == i + 1 && frags.get(next).line.page == f.line.page
                            ? frags.get(next).line.y - f.line.y : Float.MAX_VALUE;
                    boolean starts = NUMBERED.matcher(f.text).matches() || TableBuilder.isTotalName(f.text);
                    boolean nextBare = dNext < Float.MAX_VALUE && frags.get(next).text.isEmpty();
                    Pending target = null;
                    if (starts) {
                        if (nextBare && dNext <= limit) {
                            target = rowOf[next];
                        } else if (dPrev <= limit && frags.get(prev).text.isEmpty() && frags.get(prev).code == null) {
                            target = rowOf[prev]; // 合计 printed under its figures
                        }
                    } else if (dNext < dPrev && dNext <= limit && (nextBare || frags.get(next).code == null)) {
                        target = rowOf[next];
                    } else if (dPrev <= limit) {
                        target = rowOf[prev];
                    } else if (dNext <= limit) {
                        target = rowOf[next];
                    }
                    if (target == null && !starts && i > 0 && !frags.get(i - 1).anchor()
                            && frags.get(i - 1).line.page == f.line.page && f.line.y - frags.get(i - 1).line.y <= limit) {
                        target = rowOf[i - 1]; // the wrapped rest of a label without figures (2.政府性基金 / 预算)
                    }
                    if (target == null) {
                        Pending r = new Pending(cols.size());
                        r.first = f.line;
                        rowOf[i] = r;
                        rows.add(r);
                        target = r;
                    }
                    rowOf[i] = target;
                }
                // names in print order, figures into their columns
                for (int i = 0; i < frags.size(); i++) {
                    Fragment f = frags.get(i);
                    Pending r = rowOf[i];
                    r.name.append(f.text);
                    for (PdfLine.Seg s : f.nums) {
                        int c = columnOf(cols, s);
                        if (r.values[c] != null) {
                            raw.problems.add("第" + f.line.page + "页“" + r.name + "”行第" + (c + 1) + "栏有两个数字（"
                                    + r.values[c] + "、" + s.text() + "），只保留了前者");
                            continue;
                        }
                        r.values[c] = s.text();
                    }
                }
                rows.sort(Comparator.comparingInt((Pending r) -> r.first.page).thenComparingDouble(r -> r.first.y));
                int n = 0;
                for (Pending r : rows) {
                    n++;
                    Evidence ev = new Evidence(file, "第" + r.first.page + "页", n, null);
                    Evidence[] cells = new Evidence[cols.size()];
                    for (int c = 0; c < cols.size(); c++) {
                        cells[c] = ev.at(n, c + 1);
                    }
                    raw.rows.add(new RawTable.Row(side, r.code, r.name.toString(), r.values, ev, cells));
                }
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
