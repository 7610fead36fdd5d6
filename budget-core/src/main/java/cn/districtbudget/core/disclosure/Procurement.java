package cn.districtbudget.core.disclosure;

import org.jspecify.annotations.Nullable;

import cn.districtbudget.core.money.Money;
import java.math.BigDecimal;
import java.util.List;

/** 政府采购: the items, or none with the published note (e.g. 无此项公开内容，空表列示。). */
public record Procurement(List<Item> items, @Nullable String note) {

    public static final Procurement NOT_STATED = new Procurement(List.of(), null);

    public Procurement {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** One procurement line; any cell may be null. */
    public record Item(@Nullable String project, @Nullable String itemName, @Nullable String catalogueNumber, @Nullable String quantityUnit,
                       BigDecimal quantity, @Nullable Money unitPrice, @Nullable Money amount) {
    }
}
