package cn.districtbudget.core.change;

import static cn.districtbudget.core.change.YearOverYear.priorFromChange;
import static cn.districtbudget.core.disclosure.StatedChange.amountOf;

import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.disclosure.Expenditure;
import cn.districtbudget.core.disclosure.PriorYearChange;
import cn.districtbudget.core.disclosure.ThreePublic;
import cn.districtbudget.core.money.Money;

/**
 * The prior year's figures as this year's disclosure implies them (this year's figure minus its stated change).
 * The sample (2019: total 95.75 "减少1.44", basic 95.25 "增加24.06", project 0.5 "减少25.5") gives
 * 2018: 97.19, 71.19 and 26.00. A figure is null when either this year's amount or its change is not stated.
 */
public record DerivedPriorYear(
        int year,
        Money expenditureTotal,
        Money basic,
        Money project,
        Money threePublicTotal,
        Money outboundTravel,
        Money vehicles,
        Money vehiclePurchase,
        Money vehicleOperation,
        Money reception) {

    /** Derives the prior year of {@code disclosure}: the year its changes name, else the year before. */
    public static DerivedPriorYear from(Disclosure disclosure) {
        Expenditure exp = disclosure.expenditure();
        PriorYearChange change = disclosure.priorYearChange();
        ThreePublic tp = disclosure.threePublic();
        ThreePublic.Changes tpc = tp.change();
        int year = change.priorYear() != null ? change.priorYear() : disclosure.year() - 1;
        return new DerivedPriorYear(
                year,
                priorFromChange(exp.total(), amountOf(change.total())),
                priorFromChange(exp.basic(), amountOf(change.basic())),
                priorFromChange(exp.project(), amountOf(change.project())),
                priorFromChange(tp.total(), amountOf(tpc.total())),
                priorFromChange(tp.outboundTravel(), amountOf(tpc.outboundTravel())),
                priorFromChange(tp.vehicles(), amountOf(tpc.vehicles())),
                priorFromChange(tp.vehiclePurchase(), amountOf(tpc.vehiclePurchase())),
                priorFromChange(tp.vehicleOperation(), amountOf(tpc.vehicleOperation())),
                priorFromChange(tp.reception(), amountOf(tpc.reception())));
    }
}
