package cn.districtbudget.data.dashboard;

import java.util.List;

/**
 * The dashboards' read side. Every method aggregates in the database over the current revision of each
 * department's budget disclosure (部门预算, kind BUDGET) and returns plain records; none loads entities.
 * Regions are identified by {@link RegionSummary#id()}. Money is exact ({@code Money}); an unstated figure is null.
 */
public interface DashboardQueries {

    /** Regions with stored disclosures, real ones first, then by name. */
    List<RegionSummary> regions();

    /** Years with stored budget disclosures in the region, ascending. */
    List<Integer> years(long regionId);

    /** The region's totals for a year, with the prior year's; departmentCount 0 when nothing is stored. */
    DistrictTotals districtTotals(long regionId, int year);

    /** {@link #districtTotals} for every stored year, ascending. */
    List<DistrictTotals> districtTotalsByYear(long regionId);

    RevenueBySource revenueBySource(long regionId, int year);

    /** Every department with a disclosure that year, sorted by total descending (unstated totals last). */
    List<DepartmentExpenditure> expenditureByDepartment(long regionId, int year);

    /** 三公 by category for each year in [fromYear, toYear] that has data, ascending. */
    List<ThreePublicYear> threePublicByYear(long regionId, int fromYear, int toYear);

    /** 三公 per department and year in [fromYear, toYear], by department name then year. */
    List<DepartmentThreePublic> threePublicByDepartment(long regionId, int fromYear, int toYear);

    /** Departments whose 三公 rose in {@code year} (stated change, else the prior year's stored figure), largest first. */
    List<ThreePublicRise> threePublicRises(long regionId, int year);

    /** {@link #threePublicRises(long, int)} for every year in [fromYear, toYear] in one query, latest year first. */
    List<ThreePublicRise> threePublicRises(long regionId, int fromYear, int toYear);

    /** Stated and computed changes on the prior year for every department with a disclosure in {@code year}. */
    List<PriorYearChangeRow> priorYearChanges(long regionId, int year);

    FindingCounts findingCounts(FindingFilter filter);

    /** Number of findings the filter selects. */
    long countFindings(FindingFilter filter);

    /** A page of findings (ERROR first, then department, year, rule), for lazy grids. */
    List<FindingRow> findings(FindingFilter filter, int offset, int limit);

    /** Departments x years of grades in the region; cells 未评 until results exist. */
    GradeMatrix gradeMatrix(long regionId);

    /** Indicators x years for one department (its current budget disclosures), by year then published order. */
    List<IndicatorGrade> indicatorGrades(long departmentId);
}
