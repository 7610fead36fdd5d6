package cn.districtbudget.core.reading;

import cn.districtbudget.core.disclosure.Concept;
import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.core.money.MoneyUnit;
import cn.districtbudget.core.reading.Lexicon.Role;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table flattened into text with {@code |} between cells ({@code 2.公务接待费 | 3 | 7 | 4 | 133% |}), read one
 * row at a time. The header row ({@code 项目 | 2023年预算数 | 2024年预算数 | 比上年增减…}) says which column is the
 * document's own figure (预算数 of a budget, 决算数 of a final account — of the document's year when the header
 * names years; a final account's 预算数 column gives the {@code .budgeted} concept) and which the change on the
 * prior year (增减 amount, not 幅度/率/原因). A row's first cell names its concept when it is wholly one lexicon
 * term (numbering such as {@code 1.} / {@code (2)} / {@code 其中：} removed); {@code 合计} is the “三公” total in a
 * table about “三公” 经费. The unit comes from the table's {@code 单位：万元}; without it nothing is read.
 */
final class PipeTable {

    /**
     * What a header row's columns hold: {@code value} the document's own figure (a final account's 预算数 when it has
     * no 决算数 column: {@code budgetedColumn}), {@code change} the change on the prior year, {@code budgeted} a final
     * account's 预算数 beside its 决算数 (-1: none).
     */
    record Columns(int value, boolean budgetedColumn, int change, int budgeted) {
    }

    /** A figure of a row: concept, change or not, the number as printed. */
    record Cell(Concept concept, boolean change, BigDecimal number) {
    }

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:其中\\s*[:：]?)?\\s*(?:[（(][一二三四五六七八九十\\d]{1,2}[)）]|[一二三四五六七八九十\\d]{1,2}\\s*[、.．](?!\\d))?");
    private static final Pattern NUMBER = Pattern.compile("-?(?:\\d{1,3}(?:,\\d{3})+|\\d{1,20})(?:\\.\\d{1,8})?");

    private PipeTable() {
    }

    static boolean isRow(String line) {
        return line.indexOf('|') >= 0;
    }

    static String[] cells(String line) {
        String[] cells = line.split("\\|", -1);
        for (int i = 0; i < cells.length; i++) {
            cells[i] = SourceText.strip(cells[i]).replace(" ", "").replace("\u3000", "");
        }
        return cells;
    }

    private static final Pattern CHANGE_PART = Pattern.compile(".*(?:增|减|幅度|%|率|金额).*");

    /** A second header row: words only, no number, its first cell naming no concept (合计 | 一般公共预算 | …). */
    static boolean isSubHeader(String[] cells) {
        boolean words = false;
        for (String cell : cells) {
            if (NUMBER.matcher(cell).matches()) {
                return false;
            }
            words |= !cell.isEmpty();
        }
        return words && (cells[0].isEmpty() || concept(cells[0], false) == null && countRow(cells[0]) == null
                && !cells[0].equals("合计") && !cells[0].equals("总计")
                || cells.length > 1 && !cells[1].isEmpty());
    }

    /** A second header row that only splits a change column (增、减金额 | 增、减幅度). */
    static boolean isChangeSubHeader(String[] cells) {
        for (String cell : cells) {
            if (!cell.isEmpty() && !CHANGE_PART.matcher(cell).matches()) {
                return false;
            }
        }
        return true;
    }

    /** The columns of a header row ({@code 项目 | …}); null when the row is not a header this reader understands. */
    static Columns header(String[] cells, DisclosureKind kind, Integer year) {
        if (cells.length < 2 || !(cells[0].equals("项目") || cells[0].equals("科目") || cells[0].endsWith("项目"))) {
            return null;
        }
        int value = -1;
        int change = -1;
        int budgetColumn = -1;
        boolean budgeted = false;
        boolean finalAccount = kind == DisclosureKind.FINAL_ACCOUNTS;
        for (int c = 1; c < cells.length; c++) {
            String h = cells[c];
            if (h.isEmpty() || h.contains("幅度") || h.contains("率") || h.contains("%") || h.contains("原因")
                    || h.startsWith("其中")) {
                continue;
            }
            if (h.contains("增减") || h.contains("增、减") || h.contains("增（减）") || h.contains("增(减)")) {
                if (change < 0) {
                    change = c;
                }
                continue;
            }
            Matcher y = YEAR.matcher(h);
            if (y.find()) {
                if (year == null || Integer.parseInt(y.group(1)) != year) {
                    continue;
                }
            } else if (h.contains("上年")) {
                continue;
            }
            boolean fin = h.contains("决算");
            boolean budget = h.contains("预算");
            if (fin == budget) {
                continue;
            }
            if (finalAccount && budget && budgetColumn < 0) {
                budgetColumn = c;
            }
            if (value >= 0 && !(fin && finalAccount && budgeted)) {
                continue;
            }
            if (fin && finalAccount) {
                value = c; // a 决算数 column after the 预算数 one: the document's own figure
                budgeted = false;
            } else if (budget && value < 0) {
                value = c;
                budgeted = finalAccount;
            }
        }
        if (value < 0 && change < 0) {
            return null;
        }
        return new Columns(value, budgeted, change, budgeted || budgetColumn == value ? -1 : budgetColumn);
    }

    /** The totals of a 收入支出决算总表 that a row-numbered table's label may name (generic words in prose). */
    private static final java.util.Set<Concept> SUMMARY_TOTALS = java.util.EnumSet.of(Concept.REVENUE_TOTAL,
            Concept.EXPENDITURE_TOTAL, Concept.REVENUE_GRAND_TOTAL, Concept.EXPENDITURE_GRAND_TOTAL,
            Concept.REVENUE_CARRIED_FORWARD, Concept.EXPENDITURE_CARRIED_OVER, Concept.REVENUE_USE_OF_NON_FISCAL_BALANCE,
            Concept.EXPENDITURE_BALANCE_DISTRIBUTION, Concept.REVENUE_OTHER);

    /**
     * The concept a row label of a 收入支出决算总表 (项目 | 行次 | 金额) names wholly: as {@link #concept}, and the
     * summary's totals too (本年收入合计, 年初结转和结余 …, generic words elsewhere); null when it names none.
     */
    static Concept summaryConcept(String label, Lexicon.Kinds allowed) {
        Lexicon.Term term = wholeTerm(NUMBERING.matcher(label).replaceFirst(""));
        if (term == null) {
            return null;
        }
        boolean kindOk = term.kinds() == Lexicon.Kinds.BOTH || term.kinds() == allowed;
        return term.role() == Role.CONCEPT && kindOk && (!term.generic() || SUMMARY_TOTALS.contains(term.concept()))
                ? term.concept() : null;
    }

    /** The department's part-of concept (基本支出, 人员经费…) a summary table's label wholly names; null when none. */
    static Concept summaryPart(String label) {
        Lexicon.Term term = wholeTerm(NUMBERING.matcher(label).replaceFirst(""));
        return term != null && term.role() == Role.CHILD ? term.concept() : null;
    }

    /** A label without its numbering ({@code 1.}, {@code (2)}, {@code 其中：}). */
    static String withoutNumbering(String label) {
        return NUMBERING.matcher(label).replaceFirst("");
    }

    /** The concept a row's first cell names; null when it is not wholly one term. */
    static Concept concept(String label, boolean threePublicTable) {
        String cleaned = NUMBERING.matcher(label).replaceFirst("");
        if (threePublicTable && (cleaned.equals("合计") || cleaned.equals("总计") || cleaned.equals("支出合计"))) {
            return Concept.THREE_PUBLIC_TOTAL;
        }
        Lexicon.Term term = wholeTerm(cleaned);
        return term != null && term.role() == Role.CONCEPT && !term.generic() ? term.concept() : null;
    }

    /** The label is a bare part of the vehicles' spending (其中:购置经费, 运行维护费): its concept only below the vehicles. */
    static boolean namesVehiclePart(String label) {
        Lexicon.Term term = wholeTerm(NUMBERING.matcher(label).replaceFirst(""));
        return term != null && Lexicon.VEHICLE_PARTS.contains(term.source());
    }

    /** The lexicon term that is the whole of {@code cleaned} (the first listed on a tie); null when none is. */
    private static Lexicon.Term wholeTerm(String cleaned) {
        if (cleaned.isEmpty()) {
            return null;
        }
        Matcher m = Lexicon.ANY_TERM.matcher(cleaned);
        if (!m.matches()) {
            return null;
        }
        for (int group = 1; group <= m.groupCount(); group++) {
            if (m.start(group) >= 0) {
                return Lexicon.TERMS.get(group - 1);
            }
        }
        return null;
    }

    /** A count row of a “三公” table's 相关统计数 (公务接待批次(批)): its concept and its unit, or null. */
    record CountRow(Concept concept, String unit) {
    }

    private static final Pattern COUNT_LABEL = Pattern.compile(
            "(?<what>因公出国[（(]境[)）]团组数|因公出国[（(]境[)）]人(?:数|次)|公务用车购置数|公务用车保有量|公务接待批次|"
                    + "公务接待人(?:数|次))[（(](?<unit>个|人次|人|辆|批次|批)[)）]");

    /** The count a row's first cell names, with the unit in its brackets; null when it names none. */
    static CountRow countRow(String label) {
        Matcher m = COUNT_LABEL.matcher(NUMBERING.matcher(label).replaceFirst(""));
        if (!m.matches()) {
            return null;
        }
        String what = m.group("what");
        Concept concept;
        if (what.endsWith("团组数")) {
            concept = Concept.THREE_PUBLIC_OUTBOUND_GROUPS;
        } else if (what.startsWith("因公出国")) {
            concept = Concept.THREE_PUBLIC_OUTBOUND_PERSONS;
        } else if (what.equals("公务用车购置数")) {
            concept = Concept.THREE_PUBLIC_VEHICLES_PURCHASED;
        } else if (what.equals("公务用车保有量")) {
            concept = Concept.THREE_PUBLIC_VEHICLES_HELD;
        } else if (what.equals("公务接待批次")) {
            concept = Concept.THREE_PUBLIC_RECEPTION_BATCHES;
        } else {
            concept = Concept.THREE_PUBLIC_RECEPTION_PERSONS;
        }
        return new CountRow(concept, m.group("unit"));
    }

    static boolean isNumber(String cell) {
        return NUMBER.matcher(cell).matches();
    }

    /** A whole cell that is a number; null otherwise. */
    static BigDecimal number(String[] cells, int column) {
        if (column < 0 || column >= cells.length || !NUMBER.matcher(cells[column]).matches()) {
            return null;
        }
        return Figures.parseNumber(cells[column]);
    }

    static MoneyUnit unit(String line) {
        return Figures.unitLabel(line);
    }
}
