package cn.districtbudget.core.change;

import cn.districtbudget.core.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The growth of a figure from a base year to a later year. Three explicit cases, so that a zero base can never
 * turn into "+100%" or a division error: {@link Defined}, {@link ZeroBase} (not defined) and {@link Unknown}
 * (a figure is absent).
 */
public sealed interface GrowthRate permits GrowthRate.Defined, GrowthRate.ZeroBase, GrowthRate.Unknown {

    /** Ratio precision: 16 significant digits, far beyond what any display needs. */
    MathContext PRECISION = MathContext.DECIMAL64;

    /**
     * The growth from {@code base} to {@code current}: (current - base) / |base|. A negative base (possible for
     * changes, not for amounts) is divided by its magnitude so that a rise stays positive.
     */
    static GrowthRate between(Money base, Money current) {
        if (base == null || current == null) {
            return new Unknown();
        }
        if (base.isZero()) {
            return new ZeroBase(current);
        }
        BigDecimal ratio = current.minus(base).yuan().divide(base.yuan().abs(), PRECISION);
        return new Defined(ratio);
    }

    /** Chinese text for tables: {@code +12.5%}, {@code 不可计算（上年为0）}, {@code 数据不足}. */
    String toChineseText();

    /** A defined growth: {@code ratio} 0.125 means +12.5%. */
    record Defined(BigDecimal ratio) implements GrowthRate {
        public Defined {
            Objects.requireNonNull(ratio, "ratio");
        }

        /** The growth in percent, rounded half-up to {@code decimals} places. */
        public BigDecimal percent(int decimals) {
            return ratio.movePointRight(2).setScale(decimals, RoundingMode.HALF_UP);
        }

        @Override
        public String toChineseText() {
            BigDecimal percent = percent(1);
            return (percent.signum() > 0 ? "+" : "") + percent.toPlainString() + "%";
        }
    }

    /** The base is zero: growth is not defined (never +100%). {@code current} is kept for display. */
    record ZeroBase(Money current) implements GrowthRate {
        @Override
        public String toChineseText() {
            return "不可计算（上年为0）";
        }
    }

    /** The base or the current figure is not stated. */
    record Unknown() implements GrowthRate {
        @Override
        public String toChineseText() {
            return "数据不足";
        }
    }
}
