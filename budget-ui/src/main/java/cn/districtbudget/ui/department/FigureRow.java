package cn.districtbudget.ui.department;

import cn.districtbudget.core.money.Money;

/**
 * A labelled amount in a section's table, with its stated change on the prior year, what the text says the amount is
 * for (项目支出's description) and why it changed (all optional). The two explanations stay apart: the page shows them
 * as two labelled parts of the 说明 column.
 */
record FigureRow(String label, Money amount, Money change, String description, String changeExplanation) {

    static FigureRow of(String label, Money amount) {
        return new FigureRow(label, amount, null, null, null);
    }

    /** An amount with its stated change and the reason the text gives for it. */
    static FigureRow changed(String label, Money amount, Money change, String changeExplanation) {
        return new FigureRow(label, amount, change, null, changeExplanation);
    }
}
