package cn.districtbudget.data.dashboard;

import cn.districtbudget.core.money.Money;

/**
 * One department's expenditure for a year against the prior year: the changes its text states (比上年增减)
 * and, where the prior year's disclosure is stored, the prior figure and the change computed from it.
 * {@code statedPriorYear} is the year the text compares with (usually year - 1).
 */
public record PriorYearChangeRow(
        long departmentId,
        String departmentName,
        int year,
        long disclosureId,
        Money totalExpenditure,
        Integer statedPriorYear,
        Money statedTotalChange,
        Money statedBasicChange,
        Money statedProjectChange,
        Money priorTotalExpenditure) {

    /** totalExpenditure - priorTotalExpenditure from stored figures; null when either is unknown. */
    public Money computedTotalChange() {
        return Shares.difference(totalExpenditure, priorTotalExpenditure);
    }
}
