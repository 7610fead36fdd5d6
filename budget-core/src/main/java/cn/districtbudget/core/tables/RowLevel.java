package cn.districtbudget.core.tables;

/**
 * The level of a table row: a classification 类 (3-digit code), 款 (5 digits) or 项 (7 digits), a total row
 * (合计/总计/小计) or another labelled line (e.g. 一、财政拨款收入 in a 收支总表).
 */
public enum RowLevel {
    CLASS("类"),
    SECTION("款"),
    ITEM("项"),
    TOTAL("合计"),
    LINE("行");

    private final String label;

    RowLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The level of a classification code by its length (3, 5, 7 digits), or null for another length. */
    public static RowLevel ofCode(String code) {
        if (code == null) {
            return null;
        }
        return switch (code.length()) {
            case 3 -> CLASS;
            case 5 -> SECTION;
            case 7 -> ITEM;
            default -> null;
        };
    }
}
