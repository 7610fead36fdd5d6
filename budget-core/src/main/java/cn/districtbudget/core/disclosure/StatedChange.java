package cn.districtbudget.core.disclosure;

import org.jspecify.annotations.Nullable;

import cn.districtbudget.core.money.Money;

/**
 * A change on the prior year as the text states it (比上年增减): signed (a decrease is negative),
 * zero for 与上年持平 / 无变化, with the published explanation (主要为…) when there is one.
 */
public record StatedChange(@Nullable Money amount, @Nullable String explanation) {

    public static StatedChange of(Money amount) {
        return new StatedChange(amount, null);
    }

    /** The amount of a possibly absent change; null when not stated. */
    public static @Nullable Money amountOf(@Nullable StatedChange change) {
        return change == null ? null : change.amount();
    }
}
