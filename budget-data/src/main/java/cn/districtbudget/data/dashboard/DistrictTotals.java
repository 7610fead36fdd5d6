package cn.districtbudget.data.dashboard;

import cn.districtbudget.core.money.Money;
import java.math.BigDecimal;

/**
 * A region's totals for one year over the current budget disclosures (部门预算) of its departments.
 * Every sum is over the departments that state the figure; null when none does.
 * <ul>
 *   <li>{@code prior*} are the same sums over the prior year's stored disclosures (null when none is stored);</li>
 *   <li>{@code stated*Change} are the sums of the changes the texts themselves state (比上年增减),
 *       null when no text states one.</li>
 * </ul>
 */
public record DistrictTotals(
        long regionId,
        int year,
        int departmentCount,
        Money totalRevenue,
        Money totalExpenditure,
        Money basic,
        Money personnel,
        Money publicUse,
        Money project,
        Money threePublicTotal,
        Money priorTotalExpenditure,
        Money priorThreePublicTotal,
        Money statedTotalChange,
        Money statedThreePublicChange,
        long errorFindingCount,
        long findingCount) {

    /** totalExpenditure - priorTotalExpenditure (stored figures); null when either is unknown. */
    public Money totalChange() {
        return Shares.difference(totalExpenditure, priorTotalExpenditure);
    }

    /** threePublicTotal - priorThreePublicTotal (stored figures); null when either is unknown. */
    public Money threePublicChange() {
        return Shares.difference(threePublicTotal, priorThreePublicTotal);
    }

    public BigDecimal basicShare() {
        return Shares.of(basic, totalExpenditure);
    }

    public BigDecimal projectShare() {
        return Shares.of(project, totalExpenditure);
    }

    public BigDecimal personnelShare() {
        return Shares.of(personnel, totalExpenditure);
    }
}
