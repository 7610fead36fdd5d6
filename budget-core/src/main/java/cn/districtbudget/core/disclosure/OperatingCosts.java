package cn.districtbudget.core.disclosure;

import org.jspecify.annotations.Nullable;

import cn.districtbudget.core.money.Money;
import java.util.List;

/** 机关运行经费: the stated total and the itemised lines (办公及印刷费 0.75万元, …). */
public record OperatingCosts(@Nullable Money total, List<Item> items) {

    public static final OperatingCosts NOT_STATED = new OperatingCosts(null, List.of());

    public OperatingCosts {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** One itemised line. */
    public record Item(String name, @Nullable Money amount) {
    }
}
