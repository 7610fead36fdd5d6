package cn.districtbudget.core.disclosure;

import cn.districtbudget.core.money.MoneyUnit;
import java.util.Objects;

/**
 * One published disclosure: a department's budget (or final accounts) for a fiscal year, every section as read.
 * Sections are never null: a section the text lacks has all its figures null ({@code NOT_STATED}).
 * {@code unit} is the money unit the document was published in (万元 in the sample).
 */
public record Disclosure(
        Department department,
        int year,
        DisclosureKind kind,
        MoneyUnit unit,
        Revenue revenue,
        Expenditure expenditure,
        PriorYearChange priorYearChange,
        OperatingCosts operatingCosts,
        ThreePublic threePublic,
        PerformanceTargets performance,
        Procurement procurement,
        FixedAssets fixedAssets) {

    public Disclosure {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(kind, "kind");
        revenue = revenue == null ? Revenue.NOT_STATED : revenue;
        expenditure = expenditure == null ? Expenditure.NOT_STATED : expenditure;
        priorYearChange = priorYearChange == null ? PriorYearChange.NOT_STATED : priorYearChange;
        operatingCosts = operatingCosts == null ? OperatingCosts.NOT_STATED : operatingCosts;
        threePublic = threePublic == null ? ThreePublic.NOT_STATED : threePublic;
        performance = performance == null ? PerformanceTargets.NOT_STATED : performance;
        procurement = procurement == null ? Procurement.NOT_STATED : procurement;
        fixedAssets = fixedAssets == null ? FixedAssets.NOT_STATED : fixedAssets;
    }
}
