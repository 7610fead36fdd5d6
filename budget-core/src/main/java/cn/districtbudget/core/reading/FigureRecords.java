package cn.districtbudget.core.reading;

import cn.districtbudget.core.disclosure.Concept;
import cn.districtbudget.core.disclosure.Expenditure;
import cn.districtbudget.core.disclosure.PriorYearChange;
import cn.districtbudget.core.disclosure.Revenue;
import cn.districtbudget.core.disclosure.StatedChange;
import cn.districtbudget.core.disclosure.StatedFigure;
import cn.districtbudget.core.disclosure.ThreePublic;
import cn.districtbudget.core.money.Money;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The disclosure's records filled from the figures read by concept, so both say the same:
 * {@code revenue.total} is {@link Concept#REVENUE_TOTAL} (the year's own revenue), and so on.
 */
public record FigureRecords(Revenue revenue, Expenditure expenditure, PriorYearChange priorYearChange,
                     Money operatingCostTotal, ThreePublic threePublic) {

    public static FigureRecords of(List<StatedFigure> figures, Integer year) {
        Map<Concept, StatedFigure> stated = new EnumMap<>(Concept.class);
        Map<Concept, StatedFigure> changes = new EnumMap<>(Concept.class);
        for (StatedFigure figure : figures) {
            (figure.change() ? changes : stated).putIfAbsent(figure.concept(), figure);
        }
        Revenue revenue = new Revenue(money(stated, Concept.REVENUE_TOTAL),
                money(stated, Concept.REVENUE_GENERAL_PUBLIC_BUDGET), money(stated, Concept.REVENUE_GOVERNMENT_FUND),
                money(stated, Concept.REVENUE_SPECIAL_ACCOUNT), money(stated, Concept.REVENUE_OTHER));
        StatedFigure project = stated.get(Concept.EXPENDITURE_PROJECT);
        Expenditure expenditure = new Expenditure(money(stated, Concept.EXPENDITURE_TOTAL),
                money(stated, Concept.EXPENDITURE_BASIC), money(stated, Concept.EXPENDITURE_PERSONNEL),
                money(stated, Concept.EXPENDITURE_PUBLIC_USE), money(stated, Concept.EXPENDITURE_PROJECT),
                project == null ? null : project.explanation());
        StatedChange total = change(changes, Concept.EXPENDITURE_TOTAL);
        StatedChange basic = change(changes, Concept.EXPENDITURE_BASIC);
        StatedChange projectChange = change(changes, Concept.EXPENDITURE_PROJECT);
        Integer priorYear = year != null && (total != null || basic != null || projectChange != null) ? year - 1 : null;
        PriorYearChange prior = new PriorYearChange(priorYear, total, basic, projectChange);
        ThreePublic.Changes threeChanges = new ThreePublic.Changes(
                change(changes, Concept.THREE_PUBLIC_TOTAL), change(changes, Concept.THREE_PUBLIC_OUTBOUND_TRAVEL),
                change(changes, Concept.THREE_PUBLIC_VEHICLES), change(changes, Concept.THREE_PUBLIC_VEHICLE_PURCHASE),
                change(changes, Concept.THREE_PUBLIC_VEHICLE_OPERATION), change(changes, Concept.THREE_PUBLIC_RECEPTION));
        ThreePublic threePublic = new ThreePublic(money(stated, Concept.THREE_PUBLIC_TOTAL),
                money(stated, Concept.THREE_PUBLIC_OUTBOUND_TRAVEL), money(stated, Concept.THREE_PUBLIC_VEHICLES),
                money(stated, Concept.THREE_PUBLIC_VEHICLE_PURCHASE), money(stated, Concept.THREE_PUBLIC_VEHICLE_OPERATION),
                money(stated, Concept.THREE_PUBLIC_RECEPTION), threeChanges, null, null);
        return new FigureRecords(revenue, expenditure, prior, money(stated, Concept.OPERATING_COST_TOTAL), threePublic);
    }

    private static Money money(Map<Concept, StatedFigure> figures, Concept concept) {
        StatedFigure figure = figures.get(concept);
        return figure == null ? null : figure.money();
    }

    private static StatedChange change(Map<Concept, StatedFigure> changes, Concept concept) {
        StatedFigure figure = changes.get(concept);
        return figure == null ? null : figure.asChange();
    }
}
