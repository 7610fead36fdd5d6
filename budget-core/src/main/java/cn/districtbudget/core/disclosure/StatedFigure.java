package cn.districtbudget.core.disclosure;

import org.jspecify.annotations.Nullable;

import cn.districtbudget.core.money.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One figure as the text states it: its concept, whether it is the stated change on the prior year
 * ({@code change}, signed: 减少 is negative), the value, the unit as printed ({@code 万元}, {@code 元}, {@code 个},
 * {@code %}…), the published reason of a change ({@code 主要是…}, null when none) and where it was read.
 * {@code value} is in yuan for money concepts (see {@link #money()}), the count or the percentage otherwise.
 */
public record StatedFigure(Concept concept, boolean change, BigDecimal value, @Nullable String unit,
                           @Nullable String explanation, @Nullable Evidence evidence) {

    public StatedFigure {
        Objects.requireNonNull(concept, "concept");
        Objects.requireNonNull(value, "value");
    }

    public static StatedFigure ofMoney(Concept concept, boolean change, Money money, @Nullable String unit,
                                       @Nullable String explanation, @Nullable Evidence evidence) {
        return new StatedFigure(concept, change, money.yuan(), unit, explanation, evidence);
    }

    /** The vocabulary key, with {@code .change} for a change. */
    public String key() {
        return change ? concept.key() + ".change" : concept.key();
    }

    /** The amount of a money figure; null for counts and percentages. */
    public @Nullable Money money() {
        return concept.measure() == Concept.Measure.MONEY ? Money.ofYuan(value) : null;
    }

    /** The same figure stated as a change with its reason, when it is one. */
    public @Nullable StatedChange asChange() {
        return change ? new StatedChange(money(), explanation) : null;
    }
}
