package cn.districtbudget.core.sample;

import cn.districtbudget.core.disclosure.Department;
import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.disclosure.Expenditure;
import cn.districtbudget.core.disclosure.FixedAssets;
import cn.districtbudget.core.disclosure.OperatingCosts;
import cn.districtbudget.core.disclosure.PerformanceTargets;
import cn.districtbudget.core.disclosure.PriorYearChange;
import cn.districtbudget.core.disclosure.Revenue;
import cn.districtbudget.core.disclosure.ThreePublic;

/** Copies of a disclosure with one section replaced, for tests that break one figure. */
public final class DisclosureEdits {

    private DisclosureEdits() {
    }

    public static Disclosure withDepartment(Disclosure d, Department department) {
        return new Disclosure(department, d.year(), d.kind(), d.unit(), d.revenue(), d.expenditure(),
                d.priorYearChange(), d.operatingCosts(), d.threePublic(), d.performance(), d.procurement(),
                d.fixedAssets());
    }

    public static Disclosure withRevenue(Disclosure d, Revenue revenue) {
        return new Disclosure(d.department(), d.year(), d.kind(), d.unit(), revenue, d.expenditure(),
                d.priorYearChange(), d.operatingCosts(), d.threePublic(), d.performance(), d.procurement(),
                d.fixedAssets());
    }

    public static Disclosure withExpenditure(Disclosure d, Expenditure expenditure) {
        return new Disclosure(d.department(), d.year(), d.kind(), d.unit(), d.revenue(), expenditure,
                d.priorYearChange(), d.operatingCosts(), d.threePublic(), d.performance(), d.procurement(),
                d.fixedAssets());
    }

    public static Disclosure withPriorYearChange(Disclosure d, PriorYearChange change) {
        return new Disclosure(d.department(), d.year(), d.kind(), d.unit(), d.revenue(), d.expenditure(),
                change, d.operatingCosts(), d.threePublic(), d.performance(), d.procurement(), d.fixedAssets());
    }

    public static Disclosure withOperatingCosts(Disclosure d, OperatingCosts costs) {
        return new Disclosure(d.department(), d.year(), d.kind(), d.unit(), d.revenue(), d.expenditure(),
                d.priorYearChange(), costs, d.threePublic(), d.performance(), d.procurement(), d.fixedAssets());
    }

    public static Disclosure withThreePublic(Disclosure d, ThreePublic threePublic) {
        return new Disclosure(d.department(), d.year(), d.kind(), d.unit(), d.revenue(), d.expenditure(),
                d.priorYearChange(), d.operatingCosts(), threePublic, d.performance(), d.procurement(),
                d.fixedAssets());
    }

    public static Disclosure withPerformance(Disclosure d, PerformanceTargets performance) {
        return new Disclosure(d.department(), d.year(), d.kind(), d.unit(), d.revenue(), d.expenditure(),
                d.priorYearChange(), d.operatingCosts(), d.threePublic(), performance, d.procurement(),
                d.fixedAssets());
    }

    public static Disclosure withFixedAssets(Disclosure d, FixedAssets assets) {
        return new Disclosure(d.department(), d.year(), d.kind(), d.unit(), d.revenue(), d.expenditure(),
                d.priorYearChange(), d.operatingCosts(), d.threePublic(), d.performance(), d.procurement(), assets);
    }
}
