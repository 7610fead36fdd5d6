package cn.districtbudget.core.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reader's number patterns ({@code ConceptReader.VALUE}, {@code BARE_NUMBER}, {@code LONG_NUMBER}) matched by
 * hand: the regular expressions stay their specification, but running them at every digit of a 50-page text was a
 * fifth of the reading time. Each method finds exactly what its pattern's {@code find()} finds, one match after
 * another, with the same backtracking order (the number's candidate ends tried as the pattern tries them);
 * {@code NumberScanTest} compares them on every line and sentence of the sample and the corpus.
 */
final class NumberScan {

    /** A number with its unit ({@code unit} as printed), or a stated “no change” ({@code unit} null, no number). */
    record Match(int start, int end, int numberStart, int numberEnd, String unit) {

        boolean same() {
            return unit == null;
        }
    }

    /** {@code VALUE}'s units, in the pattern's order (人次 before 人, 批次 before 批). */
    private static final String[] UNITS = {"亿元", "万元", "元", "万", "%", "个", "人次", "批次", "辆", "人", "批", "次"};
    /** What {@code BARE_NUMBER} must not be followed by (after spaces): a unit or a date, a count's word. */
    private static final String[] NOT_AFTER_BARE = {"亿元", "万元", "元", "%", "个", "人次", "批次", "辆", "人", "批", "次",
            "年", "月", "日", "项", "平方米", "家", "名", "户", "台", "套", "所", "类", "款", "条", "号", "万", "亿", "千"};
    /** {@code VALUE}'s second alternative: a stated “no change” (与上年持平, 无增减 …). */
    private static final Pattern SAME = Pattern.compile(
            "(?:与|较)(?:上年|上年度|\\d{4}\\s*年(?:度)?)(?:预算|决算)?(?:数)?(?:保持)?(?:持平|相同|一致|无增减|没有变化)|(?<![比较]\\s{0,2})上年持平"
                    + "|持平|较上年无增减|无变化|没有变化|未发生变化|无增减变化|无增减|没有(?=[，,；;。]|$)");
    private static final String SAME_FIRST = "与上持较无没未";

    private NumberScan() {
    }

    /** The matches of {@code VALUE} in {@code text}, left to right. */
    static List<Match> values(String text) {
        List<Match> found = new ArrayList<>();
        Matcher same = null;
        int length = text.length();
        int at = 0;
        while (at < length) {
            char c = text.charAt(at);
            if (c == '-' || isDigit(c)) {
                Match m = valueAt(text, at);
                if (m != null) {
                    found.add(m);
                    at = m.end();
                    continue;
                }
            } else if (SAME_FIRST.indexOf(c) >= 0) {
                if (same == null) {
                    same = SAME.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                same.region(at, length);
                if (same.lookingAt()) {
                    found.add(new Match(at, same.end(), -1, -1, null));
                    at = same.end();
                    continue;
                }
            }
            at++;
        }
        return found;
    }

    /** The matches of {@code BARE_NUMBER} (a number with no unit after it) in {@code text}, left to right. */
    static List<Match> bareNumbers(String text) {
        List<Match> found = new ArrayList<>();
        int length = text.length();
        int at = 0;
        while (at < length) {
            char c = text.charAt(at);
            if (c == '-' || isDigit(c)) {
                Match m = bareAt(text, at);
                if (m != null) {
                    found.add(m);
                    at = m.end();
                    continue;
                }
            }
            at++;
        }
        return found;
    }

    /** True when {@code BARE_NUMBER} matches anywhere in {@code text}. */
    static boolean hasBareNumber(String text) {
        return !bareNumbers(text).isEmpty();
    }

    /** Words that make the number right after them approximate (约600人, 近60万元, 超过3批): never an exact figure. */
    private static final String[] APPROXIMATE_BEFORE = {"约", "近", "逾", "超过", "多达", "不足", "不到"};

    /**
     * True when the number at {@code numberStart} (whose match ends at {@code end}) is stated as approximate: 约 / 近 / 逾
     * … right before it, or 左右 / 上下 / 以上 right after it (600人左右).
     */
    static boolean approximate(String text, int numberStart, int end) {
        int b = numberStart;
        while (b > 0 && isRegexSpace(text.charAt(b - 1))) {
            b--;
        }
        for (String word : APPROXIMATE_BEFORE) {
            if (b >= word.length() && text.startsWith(word, b - word.length())) {
                return true;
            }
        }
        int a = skipSpaces(text, end);
        return text.startsWith("左右", a) || text.startsWith("上下", a) || text.startsWith("以上", a);
    }

    /** The length of the first run of more than {@code maxDigits} digits ({@code LONG_NUMBER}); 0 when there is none. */
    static int longNumber(String text, int maxDigits) {
        int length = text.length();
        int run = 0;
        for (int i = 0; i <= length; i++) {
            if (i < length && isDigit(text.charAt(i))) {
                run++;
            } else {
                if (run > maxDigits) {
                    return run;
                }
                run = 0;
            }
        }
        return 0;
    }

    private static Match valueAt(String text, int at) {
        int[] ends = numberEnds(text, at);
        if (ends == null) {
            return null;
        }
        for (int end : ends) {
            if (end < 0) {
                break;
            }
            int u = skipSpaces(text, end);
            for (String unit : UNITS) {
                if (text.startsWith(unit, u)) {
                    if (unit.equals("万") && u + 1 < text.length() && (SourceText.isBasicHan(text.charAt(u + 1)) || isDigit(text.charAt(u + 1)))) {
                        continue;
                    }
                    return new Match(at, u + unit.length(), at, end, unit);
                }
            }
        }
        return null;
    }

    private static Match bareAt(String text, int at) {
        int[] ends = numberEnds(text, at);
        if (ends == null) {
            return null;
        }
        int length = text.length();
        for (int end : ends) {
            if (end < 0) {
                break;
            }
            // (?![.,，]?\d|\s*(?:units…))
            if (end < length && isDigit(text.charAt(end))) {
                continue;
            }
            if (end + 1 < length && ".,，".indexOf(text.charAt(end)) >= 0 && isDigit(text.charAt(end + 1))) {
                continue;
            }
            int u = skipSpaces(text, end);
            boolean unit = false;
            for (String word : NOT_AFTER_BARE) {
                if (text.startsWith(word, u)) {
                    unit = true;
                    break;
                }
            }
            if (!unit) {
                return new Match(at, end, at, end, "");
            }
        }
        return null;
    }

    /**
     * The ends {@code NUMBER} can match at {@code at}, in the order the pattern tries them, each already past its
     * {@code (?![\d])}; -1 closes the list. Null when the look-behind or the first digit fails.
     * {@code (?<![\d.,，])-?(?:\d{1,3}(?:[,，]\d{3})+|\d{1,20})(?:\.\d{1,8})?(?![\d])}
     */
    private static int[] numberEnds(String text, int at) {
        if (at > 0) {
            char before = text.charAt(at - 1);
            if (isDigit(before) || before == '.' || before == ',' || before == '，') {
                return null;
            }
        }
        int length = text.length();
        int p = at;
        if (text.charAt(p) == '-') {
            p++;
        }
        int run = 0;
        while (p + run < length && isDigit(text.charAt(p + run))) {
            run++;
        }
        if (run == 0) {
            return null;
        }
        int[] ends = new int[24];
        int n = 0;
        // \d{1,3}(?:[,，]\d{3})+ : only k = run can be followed by a separator
        if (run <= 3) {
            int groups = 0;
            int q = p + run;
            while (q + 3 < length && (text.charAt(q) == ',' || text.charAt(q) == '，') && isDigit(text.charAt(q + 1))
                    && isDigit(text.charAt(q + 2)) && isDigit(text.charAt(q + 3))) {
                groups++;
                q += 4;
            }
            for (int g = groups; g >= 1 && n < ends.length - 10; g--) {
                n = withDecimals(text, p + run + 4 * g, ends, n);
            }
        }
        // \d{1,20} : shorter runs are followed by a digit, which (?![\d]) refuses — except through the decimal part
        for (int k = Math.min(run, 20); k >= 1 && n < ends.length - 10; k--) {
            n = withDecimals(text, p + k, ends, n);
            if (k < run) {
                break; // every shorter k is followed by a digit: no decimal point can follow it either
            }
        }
        if (n < ends.length) {
            ends[n] = -1;
        }
        return ends;
    }

    /** The candidate ends after an integer part ending at {@code integerEnd}: with 8 … 1 decimals, then none. */
    private static int withDecimals(String text, int integerEnd, int[] ends, int n) {
        int length = text.length();
        if (integerEnd < length && text.charAt(integerEnd) == '.') {
            int run = 0;
            while (integerEnd + 1 + run < length && isDigit(text.charAt(integerEnd + 1 + run))) {
                run++;
            }
            // \.\d{1,8} greedy, then (?![\d]): only the run's full length (at most 8) is not followed by a digit
            if (run >= 1 && run <= 8) {
                ends[n++] = integerEnd + 1 + run;
            }
        }
        if (integerEnd >= length || !isDigit(text.charAt(integerEnd))) {
            ends[n++] = integerEnd;
        }
        return n;
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && isRegexSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@code \s} of java.util.regex without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
