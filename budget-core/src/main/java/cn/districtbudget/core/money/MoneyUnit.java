package cn.districtbudget.core.money;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/** The unit a disclosure states its amounts in (金额单位). */
public enum MoneyUnit {
    YUAN("元", BigDecimal.ONE),
    WAN_YUAN("万元", BigDecimal.valueOf(10_000)),
    YI_YUAN("亿元", BigDecimal.valueOf(100_000_000));

    private final String label;
    private final BigDecimal yuanPerUnit;

    MoneyUnit(String label, BigDecimal yuanPerUnit) {
        this.label = label;
        this.yuanPerUnit = yuanPerUnit;
    }

    /** The Chinese label as printed, e.g. {@code 万元}. */
    public String label() {
        return label;
    }

    public BigDecimal yuanPerUnit() {
        return yuanPerUnit;
    }

    /** The unit named by a label such as {@code 万元}, or null when the label is not a money unit. */
    public static @Nullable MoneyUnit fromLabel(@Nullable String label) {
        if (label == null) {
            return null;
        }
        for (MoneyUnit unit : values()) {
            if (unit.label.equals(label.trim())) {
                return unit;
            }
        }
        return null;
    }
}
