package cn.districtbudget.core.grading;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a threshold text (评价标准) into an interval. Forms: {@code ≥6次}, {@code <3次}, {@code =0}, {@code ≥3}
 * (symbols half- or full-width, {@code >=} too); {@code 95%以上}, {@code 10%及以上}, {@code 60%以下},
 * {@code 5%以内}, which include the number (Civil Code art. 1259) unless followed by {@code （不含）};
 * words such as {@code 不低于95%}, {@code 低于60%}; ranges {@code 85%-90%} (both ends included); a bare
 * {@code 100%}, which means exactly that value.
 */
public final class ThresholdParser {

    private static final String NUM = "(\\d+(?:\\.\\d+)?)";
    private static final String UNIT = "(%|人次|次|人|个|项|家|件|场|期|篇|户|台|天|日|小时|万元|元|分)?";

    private static final Pattern SYMBOL = Pattern.compile("^(≥|>|≤|<|=)" + NUM + UNIT + "$");
    private static final Pattern WORD = Pattern.compile("^(不低于|不少于|不小于|大于等于|大于或等于|达到|高于|大于|超过|多于"
            + "|不高于|不超过|不多于|不大于|小于等于|小于或等于|低于|小于|少于|不足|等于)" + NUM + UNIT + "$");
    private static final Pattern SUFFIX = Pattern.compile("^" + NUM + UNIT
            + "(及以上|或以上|以上|及以下|或以下|以下|以内)(\\((?:不含|不包含|不包括)(?:本数)?\\)|\\((?:含|包含|包括)(?:本数)?\\))?$");
    private static final Pattern RANGE = Pattern.compile("^" + NUM + UNIT + "(?:-|~|至|到|—)" + NUM + UNIT + "$");
    private static final Pattern EXACT = Pattern.compile("^" + NUM + UNIT + "$");

    private static final Map<String, Function<BigDecimal, Interval>> WORDS = Map.ofEntries(
            Map.entry("不低于", Interval::atLeast), Map.entry("不少于", Interval::atLeast),
            Map.entry("不小于", Interval::atLeast), Map.entry("大于等于", Interval::atLeast),
            Map.entry("大于或等于", Interval::atLeast), Map.entry("达到", Interval::atLeast),
            Map.entry("高于", Interval::greaterThan), Map.entry("大于", Interval::greaterThan),
            Map.entry("超过", Interval::greaterThan), Map.entry("多于", Interval::greaterThan),
            Map.entry("不高于", Interval::atMost), Map.entry("不超过", Interval::atMost),
            Map.entry("不多于", Interval::atMost), Map.entry("不大于", Interval::atMost),
            Map.entry("小于等于", Interval::atMost), Map.entry("小于或等于", Interval::atMost),
            Map.entry("低于", Interval::lessThan), Map.entry("小于", Interval::lessThan),
            Map.entry("少于", Interval::lessThan), Map.entry("不足", Interval::lessThan),
            Map.entry("等于", Interval::exactly));

    private ThresholdParser() {
    }

    public static Threshold parse(String text) {
        if (text == null || text.isBlank()) {
            return new Threshold.Blank();
        }
        String t = normalise(text);
        Matcher m = SYMBOL.matcher(t);
        if (m.matches()) {
            return parsed(text, symbol(m.group(1), number(m.group(2))), m.group(3));
        }
        m = WORD.matcher(t);
        if (m.matches()) {
            return parsed(text, WORDS.get(m.group(1)).apply(number(m.group(2))), m.group(3));
        }
        m = SUFFIX.matcher(t);
        if (m.matches()) {
            boolean exclusive = m.group(4) != null && m.group(4).contains("不");
            BigDecimal x = number(m.group(1));
            Interval interval = m.group(3).endsWith("以上")
                    ? (exclusive ? Interval.greaterThan(x) : Interval.atLeast(x))
                    : (exclusive ? Interval.lessThan(x) : Interval.atMost(x));
            return parsed(text, interval, m.group(2));
        }
        m = RANGE.matcher(t);
        if (m.matches()) {
            String unit1 = orEmpty(m.group(2));
            String unit2 = orEmpty(m.group(4));
            if (!unit1.isEmpty() && !unit2.isEmpty() && !unit1.equals(unit2)) {
                return new Threshold.Unparseable(text);
            }
            Interval range = Interval.closed(number(m.group(1)), number(m.group(3)));
            return range.isEmpty() ? new Threshold.Unparseable(text)
                    : parsed(text, range, unit1.isEmpty() ? unit2 : unit1);
        }
        m = EXACT.matcher(t);
        if (m.matches()) {
            return parsed(text, Interval.exactly(number(m.group(1))), m.group(2));
        }
        return new Threshold.Unparseable(text);
    }

    /** Full-width to half-width (NFKC), the other spellings of ≥ and ≤, no white space. */
    static String normalise(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        return t.replace(">=", "≥").replace("<=", "≤")
                .replace('≧', '≥').replace('⩾', '≥').replace('≦', '≤').replace('⩽', '≤');
    }

    private static Interval symbol(String op, BigDecimal x) {
        return switch (op) {
            case "≥" -> Interval.atLeast(x);
            case ">" -> Interval.greaterThan(x);
            case "≤" -> Interval.atMost(x);
            case "<" -> Interval.lessThan(x);
            default -> Interval.exactly(x);
        };
    }

    private static Threshold parsed(String text, Interval interval, String unit) {
        return new Threshold.Parsed(text, interval, orEmpty(unit));
    }

    private static BigDecimal number(String digits) {
        return new BigDecimal(digits);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
