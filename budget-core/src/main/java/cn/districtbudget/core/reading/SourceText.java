package cn.districtbudget.core.reading;

import java.util.ArrayList;
import java.util.List;

/**
 * The text prepared for reading: lines split on CRLF, CR or LF (numbered from 1), a leading BOM removed,
 * traditional characters made simplified, and full-width digits, Latin letters and the signs
 * {@code . % < = > + - /} made half-width. Chinese punctuation (，：；（）) is kept as published; the
 * reading patterns accept both widths of it.
 */
final class SourceText {

    private final List<String> lines;

    private SourceText(List<String> lines) {
        this.lines = List.copyOf(lines);
    }

    static SourceText of(String raw) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        text = normalise(text);
        List<String> lines = new ArrayList<>();
        int start = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < length) {
            lines.add(text.substring(start));
        }
        return new SourceText(lines);
    }

    /**
     * The normalisations every reading sees, in order: full-width to half-width, pinyin artefacts removed
     * ({@link #withoutPinyin}), traditional to simplified. Evidence words are substrings of this text, so a
     * published phrase is found again by normalising it the same way.
     */
    static String normalise(String text) {
        return yearDashes(ChineseScript.withCommonVariants(ChineseScript.toSimplified(withoutPinyin(halfWidth(text)))));
    }

    /**
     * A 年 that a web mirror printed as {@code -} (2017-度, 2017-预算数, 2015-“三公”, 比上-增加) written as 年; lines,
     * offsets and every other character kept. Checked by hand at each {@code -} (a pattern with a look-behind tried
     * at every position of a 50-page text took 5 ms).
     */
    static String yearDashes(String text) {
        int dash = text.indexOf('-');
        if (dash < 0) {
            return text;
        }
        char[] chars = null;
        for (; dash >= 0; dash = text.indexOf('-', dash + 1)) {
            if (yearBefore(text, dash) && yearWordAfter(text, dash + 1)
                    || dash >= 2 && (text.charAt(dash - 2) == '比' || text.charAt(dash - 2) == '较')
                    && text.charAt(dash - 1) == '上' && changeWordAfter(text, dash + 1)) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[dash] = '年';
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** 19xx / 20xx right before {@code at}, not inside a longer number or a range. */
    private static boolean yearBefore(String text, int at) {
        if (at < 4) {
            return false;
        }
        for (int i = at - 4; i < at; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        String century = text.substring(at - 4, at - 2);
        if (!century.equals("19") && !century.equals("20")) {
            return false;
        }
        char before = at >= 5 ? text.charAt(at - 5) : ' ';
        return !(before >= '0' && before <= '9') && before != '-';
    }

    private static boolean yearWordAfter(String text, int at) {
        return text.startsWith("度", at) || text.startsWith("预算", at) || text.startsWith("决算", at)
                || text.startsWith("执行数", at) || text.startsWith("三公", at) || text.startsWith("“", at)
                || text.startsWith("\"", at) || text.startsWith("”", at);
    }

    private static boolean changeWordAfter(String text, int at) {
        return text.startsWith("增", at) || text.startsWith("减", at) || text.startsWith("下降", at)
                || text.startsWith("持平", at);
    }

    /**
     * Pinyin readings left in a text by a converter, a Han character followed by its reading in brackets
     * ({@code 預(yù)算}, {@code 學(xué)}), removed so the terms are whole again: a bracketed run of lowercase Latin
     * letters with at least one tone mark (or ü) right after a Han character. Brackets of plain letters
     * ({@code (a)}, {@code (PPP)}) are kept.
     */
    static String withoutPinyin(String text) {
        if (text.indexOf('(') < 0 && text.indexOf('（') < 0) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        int length = text.length();
        for (int i = 1; i < length; i++) {
            char open = text.charAt(i);
            if ((open != '(' && open != '（') || !isHan(text.charAt(i - 1))) {
                continue;
            }
            int j = i + 1;
            boolean toned = false;
            while (j < length && j - i <= 8) {
                char c = text.charAt(j);
                if (c >= 'a' && c <= 'z') {
                    j++;
                } else if (isTonedVowel(c)) {
                    toned = true;
                    j++;
                } else {
                    break;
                }
            }
            if (!toned || j >= length || j == i + 1 || (text.charAt(j) != ')' && text.charAt(j) != '）')) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(length);
            }
            out.append(text, copied, i);
            copied = j + 1;
            i = j;
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, length).toString();
    }

    private static final String TONED_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ\u0300\u0301\u0304\u030C";

    private static boolean isTonedVowel(char c) {
        return TONED_VOWELS.indexOf(c) >= 0;
    }

    /** A character of the basic CJK block as the reader's patterns write it ({@code [\u4e00-\u9fa5]}). */
    static boolean isBasicHan(char c) {
        return c >= '\u4e00' && c <= '\u9fa5';
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static String halfWidth(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char mapped = halfWidth(c);
            if (mapped != c && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(mapped);
            }
        }
        return out == null ? text : out.toString();
    }

    private static char halfWidth(char c) {
        if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) {
            return (char) (c - 0xFEE0);
        }
        return switch (c) {
            case '．' -> '.';
            case '％' -> '%';
            case '＜' -> '<';
            case '＝' -> '=';
            case '＞' -> '>';
            case '＋' -> '+';
            case '－' -> '-';
            case '／' -> '/';
            case '\u00A0' -> ' ';
            default -> c;
        };
    }

    /** Number of lines. */
    int size() {
        return lines.size();
    }

    /** Line by 1-based number. */
    String line(int number) {
        return lines.get(number - 1);
    }

    /** True when the line holds only whitespace (including the ideographic space). */
    static boolean isBlank(String line) {
        return strip(line).isEmpty();
    }

    /** The line without leading and trailing whitespace, including the ideographic space U+3000. */
    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0';
    }

    /** True when the line is a table cell line (starts with a tab). */
    static boolean isTableLine(String line) {
        return !line.isEmpty() && line.charAt(0) == '\t';
    }
}
