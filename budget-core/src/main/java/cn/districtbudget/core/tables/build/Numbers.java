package cn.districtbudget.core.tables.build;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Parsing a table cell's figure exactly: {@code 164,978,640}, {@code 9066.79}, {@code 0}, {@code -3.5}. */
public final class Numbers {

    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern LOOKS_NUMERIC = Pattern.compile("-?[\\d,，.]*\\d[\\d,，.]*");

    private Numbers() {
    }

    /** The cell text without spaces, full-width digits, commas and minus signs made ASCII. */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + (c - '０')));
            } else if (c == '，') {
                out.append(',');
            } else if (c == '．') {
                out.append('.');
            } else if (c == '−' || c == '－') {
                out.append('-');
            } else if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00a0') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True when the text is written like a number (digits, separators, a point), whether well-formed or not. */
    public static boolean looksNumeric(String raw) {
        return LOOKS_NUMERIC.matcher(clean(raw)).matches();
    }

    /** The exact number, or null when the text is blank or not a well-formed number. */
    public static BigDecimal parse(String raw) {
        String c = clean(raw);
        if (c.isEmpty()) {
            return null;
        }
        if (PLAIN.matcher(c).matches()) {
            return new BigDecimal(c);
        }
        if (GROUPED.matcher(c).matches()) {
            return new BigDecimal(c.replace(",", ""));
        }
        return null;
    }

    /** A dash or similar placeholder printed instead of a figure (－, —, --): not a figure. */
    public static boolean isDash(String raw) {
        String c = clean(raw);
        return !c.isEmpty() && c.chars().allMatch(ch -> ch == '-' || ch == '—' || ch == '–' || ch == '/');
    }
}
