package cn.districtbudget.core.tables;

import java.util.Locale;

/**
 * Which standard table a table is, recognised from its title (whatever its number in the document, e.g. 表一,
 * 公开01表, 5．) by {@link #recognise}. Budget (预算) and final-accounts (决算) tables are separate kinds.
 */
public enum TableKind {
    SUMMARY("收支预算总表", Stage.BUDGET, TableShape.TWO_SIDED),
    INCOME("收入预算总表", Stage.BUDGET, TableShape.CLASSIFIED),
    EXPENDITURE("支出预算总表", Stage.BUDGET, TableShape.CLASSIFIED),
    FISCAL_SUMMARY("财政拨款收支预算总表", Stage.BUDGET, TableShape.TWO_SIDED),
    FISCAL_EXPENDITURE("财政拨款支出预算表", Stage.BUDGET, TableShape.CLASSIFIED),
    FISCAL_BASIC_EXPENDITURE("财政拨款基本支出预算表", Stage.BUDGET, TableShape.CLASSIFIED),
    GENERAL_PUBLIC_EXPENDITURE("一般公共预算支出表", Stage.BUDGET, TableShape.CLASSIFIED),
    BASIC_EXPENDITURE("一般公共预算基本支出表", Stage.BUDGET, TableShape.CLASSIFIED),
    THREE_PUBLIC("一般公共预算“三公”经费支出表", Stage.BUDGET, TableShape.FLAT),
    OPERATING_COSTS("机关运行经费支出预算表", Stage.BUDGET, TableShape.FLAT),
    GOV_FUND_EXPENDITURE("政府性基金预算支出表", Stage.BUDGET, TableShape.CLASSIFIED),
    SOE_CAPITAL_EXPENDITURE("国有资本经营预算支出表", Stage.BUDGET, TableShape.CLASSIFIED),
    PROJECT_EXPENDITURE("项目支出表", Stage.BUDGET, TableShape.FLAT),
    PROCUREMENT("政府采购预算表", Stage.BUDGET, TableShape.FLAT),
    PERFORMANCE("绩效目标表", Stage.BUDGET, TableShape.FLAT),

    SUMMARY_FINAL("收入支出决算总表", Stage.FINAL, TableShape.TWO_SIDED),
    INCOME_FINAL("收入决算表", Stage.FINAL, TableShape.CLASSIFIED),
    EXPENDITURE_FINAL("支出决算表", Stage.FINAL, TableShape.CLASSIFIED),
    FISCAL_SUMMARY_FINAL("财政拨款收入支出决算总表", Stage.FINAL, TableShape.TWO_SIDED),
    GENERAL_PUBLIC_EXPENDITURE_FINAL("一般公共预算财政拨款支出决算表", Stage.FINAL, TableShape.CLASSIFIED),
    BASIC_EXPENDITURE_FINAL("一般公共预算财政拨款基本支出决算表", Stage.FINAL, TableShape.CLASSIFIED),
    THREE_PUBLIC_FINAL("一般公共预算财政拨款“三公”经费支出决算表", Stage.FINAL, TableShape.FLAT),
    GOV_FUND_FINAL("政府性基金预算财政拨款收入支出决算表", Stage.FINAL, TableShape.CLASSIFIED),
    SOE_CAPITAL_FINAL("国有资本经营预算财政拨款支出决算表", Stage.FINAL, TableShape.CLASSIFIED);

    /** Budget (预算) or final accounts (决算). */
    public enum Stage { BUDGET, FINAL }

    /** Two sides (收入 | 支出), rows by classification code, or a flat list of figures. */
    public enum TableShape { TWO_SIDED, CLASSIFIED, FLAT }

    private final String standardName;
    private final Stage stage;
    private final TableShape shape;

    TableKind(String standardName, Stage stage, TableShape shape) {
        this.standardName = standardName;
        this.stage = stage;
        this.shape = shape;
    }

    /** The standard's name of the table (Chinese), e.g. {@code 财政拨款收支预算总表}. */
    public String standardName() {
        return standardName;
    }

    public Stage stage() {
        return stage;
    }

    public TableShape shape() {
        return shape;
    }

    /**
     * The kind a table title names, or null when the title names no standard table. The title may carry a number
     * (表一, 公开 01 表：, 5．), a year and a department; spaces (letter-spaced titles) and quotes are ignored.
     */
    public static TableKind recognise(String title) {
        if (title == null) {
            return null;
        }
        String t = normalise(title);
        int colon = Math.max(t.lastIndexOf('：'), t.lastIndexOf(':'));
        if (colon >= 0 && colon < t.length() - 1) {
            t = t.substring(colon + 1);
        }
        t = t.replaceAll("[（(][^（()）]{1,12}[)）]$", "");
        if (!t.endsWith("表") || t.length() > 60 || t.length() < 4) {
            return null;
        }
        boolean fin = t.contains("决算");
        if (t.contains("三公")) {
            return fin ? THREE_PUBLIC_FINAL : THREE_PUBLIC;
        }
        if (t.contains("绩效")) {
            return fin ? null : PERFORMANCE;
        }
        if (t.contains("政府采购")) {
            return fin ? null : PROCUREMENT;
        }
        if (t.contains("机关运行经费")) {
            return fin ? null : OPERATING_COSTS;
        }
        if (t.contains("政府性基金")) {
            return fin ? GOV_FUND_FINAL : GOV_FUND_EXPENDITURE;
        }
        if (t.contains("国有资本经营")) {
            return fin ? SOE_CAPITAL_FINAL : SOE_CAPITAL_EXPENDITURE;
        }
        if (t.contains("项目支出") && !t.contains("收")) {
            return fin ? null : PROJECT_EXPENDITURE;
        }
        if (t.contains("基本支出")) {
            if (fin) {
                return BASIC_EXPENDITURE_FINAL;
            }
            return t.contains("一般公共预算") ? BASIC_EXPENDITURE : FISCAL_BASIC_EXPENDITURE;
        }
        boolean both = t.contains("收支") || t.contains("收入支出");
        if (t.contains("财政拨款") && both) {
            return fin ? FISCAL_SUMMARY_FINAL : FISCAL_SUMMARY;
        }
        if (t.contains("一般公共预算") && t.contains("支出")) {
            return fin ? GENERAL_PUBLIC_EXPENDITURE_FINAL : GENERAL_PUBLIC_EXPENDITURE;
        }
        if (t.contains("财政拨款") && t.contains("支出")) {
            return fin ? GENERAL_PUBLIC_EXPENDITURE_FINAL : FISCAL_EXPENDITURE;
        }
        if (both) {
            return fin ? SUMMARY_FINAL : SUMMARY;
        }
        if (t.contains("收入")) {
            return fin ? INCOME_FINAL : INCOME;
        }
        if (t.contains("支出")) {
            return fin ? EXPENDITURE_FINAL : EXPENDITURE;
        }
        return null;
    }

    /** Spaces, quotes and brackets removed; full-width digits kept as printed. */
    public static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000' || c == '“' || c == '”' || c == '"' || c == '\u00a0') {
                continue;
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
