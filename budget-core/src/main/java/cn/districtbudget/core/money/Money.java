package cn.districtbudget.core.money;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount of money, held in yuan (元) with fen precision (scale 2).
 * Disclosures state amounts in 万元 or 元; {@link #ofWan} and {@link #ofYuan} convert without loss.
 * An amount a document does not state is represented by {@code null}, never by {@link #ZERO}.
 */
public record Money(BigDecimal yuan) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    public Money {
        Objects.requireNonNull(yuan, "yuan");
        if (yuan.scale() > 2) {
            BigDecimal rounded = yuan.setScale(2, RoundingMode.UNNECESSARY); // throws when fen would be lost
            yuan = rounded;
        } else {
            yuan = yuan.setScale(2, RoundingMode.UNNECESSARY);
        }
    }

    public static Money ofYuan(BigDecimal yuan) {
        return new Money(yuan);
    }

    public static Money ofYuan(String yuan) {
        return new Money(new BigDecimal(yuan));
    }

    public static Money ofWan(BigDecimal wan) {
        return new Money(wan.multiply(TEN_THOUSAND));
    }

    /** {@code Money.ofWan("95.75")} is 957,500.00 yuan. */
    public static Money ofWan(String wan) {
        return ofWan(new BigDecimal(wan));
    }

    /** An amount stated in {@code unit}. */
    public static Money of(BigDecimal amount, MoneyUnit unit) {
        return new Money(amount.multiply(unit.yuanPerUnit()));
    }

    /** Integer fen, e.g. for storage. */
    public long fen() {
        return yuan.movePointRight(2).longValueExact();
    }

    public static Money ofFen(long fen) {
        return new Money(BigDecimal.valueOf(fen, 2));
    }

    /** The amount in 万元, exact, without trailing zeros (95.75, 9.3, 0). */
    public BigDecimal wan() {
        BigDecimal wan = yuan.divide(TEN_THOUSAND).stripTrailingZeros();
        return wan.scale() < 0 ? wan.setScale(0) : wan;
    }

    /** The amount in the given unit, exact, without trailing zeros. */
    public BigDecimal in(MoneyUnit unit) {
        BigDecimal value = yuan.divide(unit.yuanPerUnit()).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    public Money plus(Money other) {
        return new Money(yuan.add(other.yuan));
    }

    public Money minus(Money other) {
        return new Money(yuan.subtract(other.yuan));
    }

    public Money negate() {
        return new Money(yuan.negate());
    }

    public Money abs() {
        return new Money(yuan.abs());
    }

    public int signum() {
        return yuan.signum();
    }

    public boolean isZero() {
        return yuan.signum() == 0;
    }

    /** True when the two amounts differ by no more than {@code tolerance}. */
    public boolean closeTo(Money other, Money tolerance) {
        return yuan.subtract(other.yuan).abs().compareTo(tolerance.yuan) <= 0;
    }

    /** As a disclosure prints it: {@code 95.75万元}, {@code 9.3万元}, {@code 0万元}. */
    public String toWanString() {
        return wan().toPlainString() + MoneyUnit.WAN_YUAN.label();
    }

    /** For tables: 万元 with exactly two decimals, half-up ({@code 9.30}). */
    public String toWanFixed2() {
        return yuan.divide(TEN_THOUSAND).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    @Override
    public int compareTo(Money other) {
        return yuan.compareTo(other.yuan);
    }

    @Override
    public String toString() {
        return toWanString();
    }

    /** Null-safe sum: null when any part is null (an unstated part makes the sum unknown). */
    public static @Nullable Money sumOrNull(@Nullable Money... parts) {
        Money sum = ZERO;
        for (Money part : parts) {
            if (part == null) {
                return null;
            }
            sum = sum.plus(part);
        }
        return sum;
    }
}
