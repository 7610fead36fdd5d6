package cn.districtbudget.core.reading;

import cn.districtbudget.core.disclosure.Concept;
import java.util.regex.Pattern;

/**
 * A two-sided 收支总表 flattened into text: 收入 on the left, 支出 on the right, each side a label and its amount
 * ({@code 项目 | 预算数 | 项目 | 预算数}; a final account's {@code 项目 | 行次 | 金额 | 项目 | 行次 | 金额}; the 支出 side may
 * have more columns, 合计 first). A row is read label by label: a label that wholly names a concept and the amount
 * right after it (after its 行次 when the table has one); the other columns of a side are not read.
 *
 * <p>Which table it is decides what its totals are. The department's table (收支总表, 收入支出决算总表) states the
 * department's totals. The 财政拨款收支总表 / 财政拨款收入支出决算总表 states the fiscal appropriations' own: its 本年收入
 * (合计) is the 财政拨款收入, its 收入总计 / 支出总计 (or 总计) the 财政拨款收入 / 支出总计, and its carry-overs and
 * 本年支出 have no concept of their own. Its rows and header tell which (财政拨款结转 rows or columns named after a
 * fund: fiscal; 事业收入, 单位资金 … rows: the department's), else the title right above it (a table of contents may
 * put another table's title there, so the rows come first); when they disagree or nothing tells, only the labels that
 * name one fund's revenue are read.
 */
final class SummaryTable {

    /** Whose totals the table states. */
    enum Subject { DEPARTMENT, FISCAL, UNKNOWN }

    /** The side of a row a label is on, when the row says (two labels in it: the first is 收入's). */
    enum Side { REVENUE, EXPENDITURE, UNKNOWN }

    private static final Pattern FUND_COLUMN = Pattern.compile(".*(?:一般公共预算|政府性基金|国有资本|财政拨款).*");
    /** Rows only a department's table has. */
    private static final QuickFind DEPARTMENT_ROWS = QuickFind.of(
            "事业收入|经营收入|上级补助收入|附属单位上缴|单位资金|其他收入|财政专户", "事经上附单其财");
    /** Rows only a fiscal table has. */
    private static final QuickFind FISCAL_ROWS = QuickFind.of("财政拨款结转", "财");
    private static final int LOOK_AHEAD = 80;

    private SummaryTable() {
    }

    /** A header row of a two-sided table: 项目 twice, or 行次 and 金额 (项目 | 行次 | 金额 | 项目 | 行次 | 金额). */
    static boolean isHeader(String[] cells) {
        int items = 0;
        boolean rowNumbers = false;
        boolean amount = false;
        for (String cell : cells) {
            items += cell.equals("项目") ? 1 : 0;
            rowNumbers |= cell.equals("行次");
            amount |= cell.equals("金额");
        }
        return items >= 2 || rowNumbers && amount;
    }

    static boolean hasRowNumbers(String[] cells) {
        for (String cell : cells) {
            if (cell.equals("行次")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A final account's 收支总表 whose header stands inside a line, the rows after it on the same line (a PDF page copied
     * as one line: {@code 项目 行次 金额 项目 行次 金额 栏次 1 栏次 2 一一般公共预算财政拨款收入 1 4,627.57 一一般公共服务支出 32 0.00 …}).
     */
    static final Pattern INLINE_HEADER = Pattern.compile(
            "项\\s*目\\s+行\\s*次\\s+金\\s*额\\s+项\\s*目\\s+行\\s*次\\s+金\\s*额(?:\\s+栏\\s*次\\s+\\d+\\s+栏\\s*次\\s+\\d+)?\\s");
    /** Where the rows after an inline header end: the next table's header, number, title or unit. */
    static final Pattern INLINE_END = Pattern.compile("项\\s*目\\s+行\\s*次|公开\\s*\\d+\\s*表|总表|金额单位|单位[:：]");
    static final String[] INLINE_COLUMNS = {"项目", "行次", "金额", "项目", "行次", "金额"};

    /** A title line of a 收支总表: true when it names the 财政拨款 one, false for another, null when it is none. */
    static Boolean titleFiscal(String line) {
        if (!line.contains("总表") || !(line.contains("收支") || line.contains("收入支出"))) {
            return null;
        }
        return line.contains("财政拨款");
    }

    /**
     * Whose totals the table states: from its title ({@code titleFiscal}, null when none stands right above), its
     * header's columns, or its rows (the lines below the header up to prose or the next table's title or header).
     */
    static Subject subject(Boolean titleFiscal, String[] header, SourceText source, int headerLine) {
        StringBuilder rows = new StringBuilder();
        for (int n = headerLine + 1; n <= source.size() && n <= headerLine + LOOK_AHEAD; n++) {
            String raw = source.line(n);
            if (!PipeTable.isRow(raw) && SourceText.strip(raw).length() > SpacedTable.MAX_LABEL
                    || titleFiscal(raw) != null || PipeTable.cells(raw)[0].equals("项目")) {
                break; // the table ends: prose, or the next table's title or header
            }
            rows.append(raw).append('\n');
        }
        return subject(titleFiscal, header, rows.toString());
    }

    /** Whose totals the table of this header and these rows states (see {@link #subject(Boolean, String[], SourceText, int)}). */
    static Subject subject(Boolean titleFiscal, String[] header, String rows) {
        boolean fundColumns = false;
        for (int i = 1; i < header.length; i++) {
            fundColumns |= !header[i].equals("项目") && FUND_COLUMN.matcher(header[i]).matches();
        }
        boolean fiscal = fundColumns || FISCAL_ROWS.foundIn(rows);
        boolean department = DEPARTMENT_ROWS.foundIn(rows);
        if (fiscal != department) {
            return fiscal ? Subject.FISCAL : Subject.DEPARTMENT;
        }
        if (!fiscal && titleFiscal != null) {
            return titleFiscal ? Subject.FISCAL : Subject.DEPARTMENT;
        }
        return Subject.UNKNOWN;
    }

    private static final String NUMERAL = "一二三四五六七八九十";

    /** The concept a label of the table names, in the document's kind ({@code allowed}); null when none. */
    static Concept concept(String label, Subject subject, Side side, Lexicon.Kinds allowed) {
        Concept named = PipeTable.summaryConcept(label, allowed);
        // 一一般公共预算财政拨款收入, 五事业收入, 十一其他收入: the numbering an OCR glued to the label
        for (int cut = 1; named == null && cut <= 2 && cut < label.length() && NUMERAL.indexOf(label.charAt(cut - 1)) >= 0; cut++) {
            named = PipeTable.summaryConcept(label.substring(cut), allowed);
        }
        if (named == null && PipeTable.withoutNumbering(label).equals("总计") && side != Side.UNKNOWN) {
            named = side == Side.REVENUE ? Concept.REVENUE_GRAND_TOTAL : Concept.EXPENDITURE_GRAND_TOTAL;
        }
        if (named == null && subject == Subject.DEPARTMENT) {
            named = PipeTable.summaryPart(label); // 一、人员经费 on the expenditure side of the department's 收支总表
        }
        if (named == null || named.measure() != Concept.Measure.MONEY) {
            return null;
        }
        return switch (subject) {
            case DEPARTMENT -> named;
            case FISCAL -> fiscal(named);
            case UNKNOWN -> isFundRevenue(named) ? named : null;
        };
    }

    /** What a department's concept is in a fiscal table; null when it has none there. */
    private static Concept fiscal(Concept named) {
        return switch (named) {
            case REVENUE_TOTAL, REVENUE_FISCAL_APPROPRIATION -> Concept.REVENUE_FISCAL_APPROPRIATION;
            case REVENUE_GRAND_TOTAL, FISCAL_REVENUE_TOTAL -> Concept.FISCAL_REVENUE_TOTAL;
            case EXPENDITURE_GRAND_TOTAL, FISCAL_EXPENDITURE_TOTAL -> Concept.FISCAL_EXPENDITURE_TOTAL;
            default -> isFundRevenue(named) ? named : null;
        };
    }

    private static boolean isFundRevenue(Concept concept) {
        return concept == Concept.REVENUE_GENERAL_PUBLIC_BUDGET || concept == Concept.REVENUE_GOVERNMENT_FUND
                || concept == Concept.REVENUE_STATE_CAPITAL;
    }
}
