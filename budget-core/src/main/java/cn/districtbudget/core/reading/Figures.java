package cn.districtbudget.core.reading;

import cn.districtbudget.core.money.MoneyUnit;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers and amounts as disclosures print them: {@code 95.75万元}, {@code 957,500.00元}, {@code 0万元}. */
final class Figures {

    /**
     * A number, optionally with thousands separators (half- or full-width comma), of at most 20 digits before and
     * 12 after the point: a longer run of digits is no figure (it is reported by the reader, not parsed).
     */
    static final String NUMBER = "(?<![\\d.])(?<num>-?(?:\\d{1,3}(?:[,，]\\d{3})+|\\d{1,20})(?:\\.\\d{1,12})?)(?![\\d])";
    /** A money unit label. */
    static final String UNIT = "\\s*(?<unit>亿元|万元|元)";
    /** A number with its money unit. */
    static final String AMOUNT = NUMBER + UNIT;
    /** Words between a label and its amount: 为, 是, 共计, 安排, a colon… */
    static final String GLUE = "(?:预算|决算)?(?:数)?(?:共计|合计|总计|安排|为|是|共)*\\s*[:：]?\\s*";

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?(?:\\d{1,3}(?:[,，]\\d{3})+|\\d{1,20})(?:\\.\\d{1,12})?");
    private static final Pattern UNIT_LABEL = Pattern.compile("单位[:：]?\\s*(亿元|万元|元)");

    private Figures() {
    }

    /** The number of a matched {@link #NUMBER} group, separators removed. */
    static BigDecimal number(Matcher matcher) {
        return parseNumber(matcher.group("num"));
    }

    static BigDecimal parseNumber(String text) {
        return new BigDecimal(text.replace(",", "").replace("，", ""));
    }

    /** A whole cell that is exactly a number; null when the cell is anything else. */
    static BigDecimal cellNumber(String cell) {
        if (cell == null) {
            return null;
        }
        String trimmed = SourceText.strip(cell);
        return PLAIN_NUMBER.matcher(trimmed).matches() ? parseNumber(trimmed) : null;
    }

    static MoneyUnit unit(Matcher matcher) {
        return MoneyUnit.fromLabel(matcher.group("unit"));
    }

    /** The money unit named by a table label such as {@code 单位：万元}; null when the text names none. */
    static MoneyUnit unitLabel(String text) {
        if (text.indexOf("单位") < 0) {
            return null; // most lines: no need to run the pattern over every position
        }
        Matcher matcher = UNIT_LABEL.matcher(text);
        return matcher.find() ? MoneyUnit.fromLabel(matcher.group(1)) : null;
    }
}
