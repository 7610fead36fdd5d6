package cn.districtbudget.core.tables;

import cn.districtbudget.core.money.Money;
import java.math.BigDecimal;

/**
 * One cell as read: its raw text (kept exactly), the exact number it states in the table's unit (null when the cell
 * is blank or not a number), the amount as {@link Money} (null likewise; a stated 0 is {@link Money#ZERO}), and where
 * it was read.
 */
public record TableCell(String raw, BigDecimal number, Money money, Evidence evidence) {

    public boolean isBlank() {
        return number == null;
    }
}
