package cn.districtbudget.core.disclosure;

import cn.districtbudget.core.money.Money;
import java.math.BigDecimal;
import java.util.List;

/** 政府采购: the items, or none with the published note (e.g. 无此项公开内容，空表列示。). */
public record Procurement(List<Item> items, String note) {

    public static final Procurement NOT_STATED = new Procurement(List.of(), null);

    public Procurement {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** One procurement line; any cell may be null. */
    public record Item(String project, String itemName, String catalogueNumber, String quantityUnit,
                       BigDecimal quantity, Money unitPrice, Money amount) {
    }
}
