package cn.districtbudget.data.performance;

import cn.districtbudget.core.grading.GradingScale;
import cn.districtbudget.core.grading.ValueDomain;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a typed or imported actual value for an indicator: full-width digits, an optional thousands separator and
 * the indicator's own unit are accepted ({@code ９６％}, {@code 1,200人}); anything else is rejected with a Chinese
 * message: not a number, another unit, more than 4 decimals, too large, a fraction or a negative count.
 */
final class ResultValues {

    private static final Pattern NUMBER_WITH_SUFFIX =
            Pattern.compile("([+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)(.*)");
    private static final int MAX_SCALE = 4;
    private static final int MAX_INTEGER_DIGITS = 14;

    private ResultValues() {
    }

    /** The value of {@code text} for the indicator graded by {@code scale}. */
    static BigDecimal parse(String text, GradingScale scale) {
        String raw = text == null ? "" : text;
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("\\s", "");
        if (s.isEmpty()) {
            throw new InvalidResultValueException("请输入实际值");
        }
        Matcher m = NUMBER_WITH_SUFFIX.matcher(s);
        if (!m.matches()) {
            throw new InvalidResultValueException("“" + raw.strip() + "”不是数字");
        }
        String suffix = m.group(2);
        String unit = scale.unit();
        if (!suffix.isEmpty() && !suffix.equals(unit)) {
            if (suffix.matches(".*\\d.*") || suffix.matches("[.,].*")) {
                throw new InvalidResultValueException("“" + raw.strip() + "”不是数字");
            }
            throw new InvalidResultValueException("“" + raw.strip() + "”的单位“" + suffix + "”与指标单位"
                    + (unit.isEmpty() ? "（无单位）" : "“" + unit + "”") + "不一致");
        }
        BigDecimal value = new BigDecimal(m.group(1).replace(",", "")).stripTrailingZeros();
        if (value.scale() > MAX_SCALE) {
            throw new InvalidResultValueException("“" + raw.strip() + "”的小数位过多：最多保留4位小数");
        }
        if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw new InvalidResultValueException("“" + raw.strip() + "”数值过大");
        }
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        ValueDomain domain = scale.domain();
        if (domain.range().lower() != null && value.compareTo(domain.range().lower()) < 0) {
            throw new InvalidResultValueException("“" + raw.strip() + "”不能为负数");
        }
        if (domain.integers() && value.stripTrailingZeros().scale() > 0) {
            throw new InvalidResultValueException("“" + raw.strip() + "”应为整数" + (unit.isEmpty() ? "" : "（单位：" + unit + "）"));
        }
        return value;
    }
}
