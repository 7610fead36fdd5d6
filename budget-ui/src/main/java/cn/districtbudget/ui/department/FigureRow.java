package cn.districtbudget.ui.department;

import cn.districtbudget.core.money.Money;

/** A labelled amount in a section's table, with its stated change on the prior year and a note (both optional). */
record FigureRow(String label, Money amount, Money change, String note) {

    static FigureRow of(String label, Money amount) {
        return new FigureRow(label, amount, null, null);
    }
}
