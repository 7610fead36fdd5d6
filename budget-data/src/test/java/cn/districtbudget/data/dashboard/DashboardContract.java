package cn.districtbudget.data.dashboard;

import static cn.districtbudget.data.support.Fixtures.wan;
import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.disclosure.Grade;
import cn.districtbudget.core.disclosure.Region;
import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.finding.Section;
import cn.districtbudget.core.finding.Severity;
import cn.districtbudget.data.catalog.DepartmentCatalog;
import cn.districtbudget.data.catalog.DepartmentSummary;
import cn.districtbudget.data.catalog.DisclosureSummary;
import cn.districtbudget.data.importing.DisclosureImporter;
import cn.districtbudget.data.importing.ImportOutcome;
import cn.districtbudget.data.importing.ImportStatus;
import cn.districtbudget.data.support.DatabaseCleaner;
import cn.districtbudget.data.support.FixtureReadingPipeline;
import cn.districtbudget.data.support.Fixtures;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every dashboard query on a small district whose sums are known by hand: 甲区 with 教育局 (2022, 2023),
 * 卫健局 (2022, 2023 in two revisions) and 水务局 (2023); 乙区 with one department that must never leak into 甲区.
 */
abstract class DashboardContract {

    static final Region JIA = new Region("测试省", "测试市", "甲区");
    static final Region YI = new Region("测试省", "测试市", "乙区");

    @Autowired
    DashboardQueries queries;
    @Autowired
    DepartmentCatalog catalog;
    @Autowired
    DisclosureImporter importer;
    @Autowired
    FixtureReadingPipeline pipeline;
    @Autowired
    JdbcTemplate jdbc;

    long jia;
    long education;
    long health;
    long water;
    long healthOld;

    @BeforeEach
    void importTheKnownDistrict() {
        DatabaseCleaner.clean(jdbc);
        education = load("edu22", Fixtures.budget(JIA, "甲区教育局", "101", 2022, "100", "60", "10", "30",
                "5", "1", "3", "1", null)).departmentId();
        load("edu23", Fixtures.budget(JIA, "甲区教育局", "101", 2023, "110", "62", "12", "36",
                "6", "1", "4", "1", null), error("R-E"));
        health = load("health22", Fixtures.budget(JIA, "甲区卫健局", "102", 2022, "200", "100", "20", "80",
                "8", "2", "4", "2", null), new Finding("R-W", Severity.WARNING, Section.EXPENDITURE, "警告"))
                .departmentId();
        healthOld = load("health23-first", Fixtures.budget(JIA, "甲区卫健局", "102", 2023, "999", "100", "20", "879",
                "99", "33", "33", "33", "91"), error("R-OLD")).disclosureId();
        ImportOutcome corrected = load("health23", Fixtures.budget(JIA, "甲区卫健局", "102", 2023, "190", "100", "20",
                "70", "7", "1", "4", "2", "-1"));
        assertThat(corrected.status()).isEqualTo(ImportStatus.NEW_REVISION);
        water = load("water23", Fixtures.budget(JIA, "甲区水务局", "103", 2023, "50", "30", "5", "15",
                "2", "0", "1.5", "0.5", "0.3")).departmentId();
        load("yi23", Fixtures.budget(YI, "乙区财政局", "101", 2023, "999", "900", "99", "0",
                "50", "10", "20", "20", "5"), error("R-YI"));
        jia = queries.regions().stream().filter(r -> r.name().equals("甲区")).findFirst().orElseThrow().id();
        jdbc.update("insert into indicator_result (id, department_id, fiscal_year, indicator_name, activity, "
                + "actual_value, unit, grade, entered_by, entered_at, version) values (1, ?, 2023, '指标甲', '1、工作', 96, '%', 'EXCELLENT', '张三', "
                + "current_timestamp, 0)", education);
        jdbc.update("insert into indicator_result (id, department_id, fiscal_year, indicator_name, activity, "
                + "actual_value, unit, grade, entered_by, entered_at, version) values (2, ?, 2023, '指标乙', '1、工作', 7.5, '次', null, '张三', "
                + "current_timestamp, 0)", education);
    }

    private ImportOutcome load(String text, Disclosure disclosure, Finding... findings) {
        pipeline.register(text, disclosure, List.of(findings));
        ImportOutcome outcome = importer.importText(text + ".txt", text, "测试");
        assertThat(outcome.failed()).as(outcome.reason()).isFalse();
        return outcome;
    }

    private static Finding error(String rule) {
        return new Finding(rule, Severity.ERROR, Section.EXPENDITURE, "错误 " + rule);
    }

    @Test
    void regionsAndYears() {
        assertThat(queries.regions()).extracting(RegionSummary::name).containsExactlyInAnyOrder("甲区", "乙区");
        RegionSummary region = queries.regions().stream().filter(r -> r.id() == jia).findFirst().orElseThrow();
        assertThat(region.departmentCount()).isEqualTo(3);
        assertThat(region.demo()).isFalse();
        assertThat(queries.years(jia)).containsExactly(2022, 2023);
    }

    @Test
    void districtTotalsSumTheCurrentRevisionsOfTheRegionOnly() {
        DistrictTotals totals = queries.districtTotals(jia, 2023);

        assertThat(totals.departmentCount()).isEqualTo(3);
        assertThat(totals.totalExpenditure()).isEqualTo(wan("350"));
        assertThat(totals.totalRevenue()).isEqualTo(wan("350"));
        assertThat(totals.personnel()).isEqualTo(wan("192"));
        assertThat(totals.publicUse()).isEqualTo(wan("37"));
        assertThat(totals.basic()).isEqualTo(wan("229"));
        assertThat(totals.project()).isEqualTo(wan("121"));
        assertThat(totals.threePublicTotal()).isEqualTo(wan("15"));
        assertThat(totals.priorTotalExpenditure()).isEqualTo(wan("300"));
        assertThat(totals.priorThreePublicTotal()).isEqualTo(wan("13"));
        assertThat(totals.totalChange()).isEqualTo(wan("50"));
        assertThat(totals.threePublicChange()).isEqualTo(wan("2"));
        assertThat(totals.statedThreePublicChange()).isEqualTo(wan("-0.7"));
        assertThat(totals.statedTotalChange()).isNull();
        assertThat(totals.errorFindingCount()).isEqualTo(1);
        assertThat(totals.findingCount()).isEqualTo(3);
        assertThat(totals.personnelShare()).isEqualByComparingTo("0.5486");

        List<DistrictTotals> byYear = queries.districtTotalsByYear(jia);
        assertThat(byYear).extracting(DistrictTotals::year).containsExactly(2022, 2023);
        assertThat(byYear.get(0).totalExpenditure()).isEqualTo(wan("300"));
        assertThat(byYear.get(0).priorTotalExpenditure()).isNull();
        assertThat(byYear.get(1)).isEqualTo(totals);

        DistrictTotals empty = queries.districtTotals(jia, 2030);
        assertThat(empty.departmentCount()).isZero();
        assertThat(empty.totalExpenditure()).isNull();
    }

    @Test
    void revenueBySource() {
        RevenueBySource revenue = queries.revenueBySource(jia, 2022);
        assertThat(revenue.total()).isEqualTo(wan("300"));
        assertThat(revenue.generalPublicBudget()).isEqualTo(wan("300"));
        assertThat(revenue.governmentFund()).isEqualTo(wan("0"));
        assertThat(revenue.slices()).extracting(RevenueBySource.Slice::label)
                .containsExactly("一般公共预算收入", "基金预算收入", "财政专户核拨收入", "其他来源收入");
    }

    @Test
    void expenditureByDepartmentIsSortedByTotal() {
        List<DepartmentExpenditure> rows = queries.expenditureByDepartment(jia, 2023);
        assertThat(rows).extracting(DepartmentExpenditure::departmentName)
                .containsExactly("甲区卫健局", "甲区教育局", "甲区水务局");
        assertThat(rows.get(0)).isEqualTo(new DepartmentExpenditure(health, "甲区卫健局", rows.get(0).disclosureId(),
                wan("100"), wan("20"), wan("70"), wan("190")));
        assertThat(rows.get(0).disclosureId()).isNotEqualTo(healthOld);
    }

    @Test
    void threePublicByYearAndDepartment() {
        assertThat(queries.threePublicByYear(jia, 2015, 2024)).containsExactly(
                new ThreePublicYear(2022, wan("3"), wan("7"), wan("3"), wan("13"), 2),
                new ThreePublicYear(2023, wan("2"), wan("9.5"), wan("3.5"), wan("15"), 3));
        assertThat(queries.threePublicByYear(jia, 2023, 2023)).hasSize(1);

        List<DepartmentThreePublic> rows = queries.threePublicByDepartment(jia, 2022, 2023);
        assertThat(rows).hasSize(5);
        DepartmentThreePublic health23 = rows.stream()
                .filter(r -> r.departmentId() == health && r.year() == 2023).findFirst().orElseThrow();
        assertThat(health23.total()).isEqualTo(wan("7"));
        assertThat(health23.statedChange()).isEqualTo(wan("-1"));
        assertThat(catalog.threePublicHistory(education)).extracting(DepartmentThreePublic::total)
                .containsExactly(wan("5"), wan("6"));
    }

    @Test
    void threePublicRisesFromStatedChangeOrPriorYear() {
        List<ThreePublicRise> rises = queries.threePublicRises(jia, 2023);
        assertThat(rises).extracting(ThreePublicRise::departmentId).containsExactly(education, water);
        assertThat(rises.get(0).change()).isEqualTo(wan("1"));
        assertThat(rises.get(0).basis()).isEqualTo(ChangeBasis.PRIOR_YEAR_FIGURE);
        assertThat(rises.get(0).priorTotal()).isEqualTo(wan("5"));
        assertThat(rises.get(1).change()).isEqualTo(wan("0.3"));
        assertThat(rises.get(1).basis()).isEqualTo(ChangeBasis.STATED);
    }

    @Test
    void threePublicRisesOfARangeComeFromOneQueryLatestYearFirst() {
        List<ThreePublicRise> range = queries.threePublicRises(jia, 2022, 2023);
        assertThat(range).extracting(ThreePublicRise::year).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(range.stream().filter(r -> r.year() == 2023)).extracting(ThreePublicRise::departmentId)
                .containsExactly(education, water);
        assertThat(queries.threePublicRises(jia, 2024, 2030)).isEmpty();
    }

    @Test
    void priorYearChanges() {
        List<PriorYearChangeRow> rows = queries.priorYearChanges(jia, 2023);
        assertThat(rows).hasSize(3);
        PriorYearChangeRow edu = rows.stream().filter(r -> r.departmentId() == education).findFirst().orElseThrow();
        assertThat(edu.priorTotalExpenditure()).isEqualTo(wan("100"));
        assertThat(edu.computedTotalChange()).isEqualTo(wan("10"));
        assertThat(edu.statedPriorYear()).isEqualTo(2022);
        PriorYearChangeRow waterRow = rows.stream().filter(r -> r.departmentId() == water).findFirst().orElseThrow();
        assertThat(waterRow.priorTotalExpenditure()).isNull();
        assertThat(waterRow.computedTotalChange()).isNull();
    }

    @Test
    void findingsAreCountedAndListedForCurrentRevisionsOnly() {
        FindingCounts counts = queries.findingCounts(FindingFilter.region(jia));
        assertThat(counts.total()).isEqualTo(4);
        assertThat(counts.bySeverity()).containsExactly(new FindingCounts.Count("INFO", "提示", 2),
                new FindingCounts.Count("ERROR", "错误", 1), new FindingCounts.Count("WARNING", "警告", 1));
        assertThat(counts.byRule()).extracting(FindingCounts.Count::key)
                .containsExactly("FIXTURE-PRIOR", "R-E", "R-W");
        assertThat(counts.byDepartment()).extracting(FindingCounts.Count::count).containsExactly(2L, 2L);

        assertThat(queries.countFindings(FindingFilter.all())).isEqualTo(5);
        assertThat(queries.countFindings(FindingFilter.region(jia).withYear(2023))).isEqualTo(3);
        assertThat(queries.countFindings(FindingFilter.region(jia).withDepartment(health))).isEqualTo(2);
        assertThat(queries.countFindings(FindingFilter.region(jia).withRule("R-OLD"))).isZero();

        List<FindingRow> errors = queries.findings(FindingFilter.region(jia).withSeverity(Severity.ERROR), 0, 10);
        assertThat(errors).singleElement().satisfies(row -> {
            assertThat(row.rule()).isEqualTo("R-E");
            assertThat(row.departmentId()).isEqualTo(education);
            assertThat(row.departmentName()).isEqualTo("甲区教育局");
            assertThat(row.year()).isEqualTo(2023);
        });
        List<FindingRow> page = queries.findings(FindingFilter.region(jia), 1, 2);
        assertThat(page).hasSize(2);
        assertThat(queries.findings(FindingFilter.region(jia), 0, 1).get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void gradeMatrixShowsGradesWhereResultsExistAndNotGradedElsewhere() {
        GradeMatrix matrix = queries.gradeMatrix(jia);
        assertThat(matrix.years()).containsExactly(2022, 2023);
        assertThat(matrix.departments()).hasSize(3);
        assertThat(matrix.cells()).hasSize(5);
        GradeCell graded = matrix.cell(education, 2023).orElseThrow();
        assertThat(graded.indicatorCount()).isEqualTo(2);
        assertThat(graded.graded()).isEqualTo(1);
        assertThat(graded.ungraded()).isEqualTo(1);
        assertThat(graded.missing()).isZero();
        assertThat(graded.score()).isEqualByComparingTo("4");
        assertThat(graded.shares().get(Grade.EXCELLENT)).isEqualByComparingTo("1");
        assertThat(graded.label()).isEqualTo("优");
        GradeCell notGraded = matrix.cell(health, 2023).orElseThrow();
        assertThat(notGraded.notGraded()).isTrue();
        assertThat(notGraded.missing()).isEqualTo(2);
        assertThat(notGraded.label()).isEqualTo("未评");

        List<IndicatorGrade> indicators = queries.indicatorGrades(education);
        assertThat(indicators).extracting(IndicatorGrade::year).containsExactly(2022, 2022, 2023, 2023);
        assertThat(indicators.get(2).grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(indicators.get(2).actualValue()).isEqualByComparingTo(new BigDecimal("96"));
        assertThat(indicators.get(3).ungraded()).isTrue();
        assertThat(indicators.get(3).label()).isEqualTo("未评");
        assertThat(indicators.get(0).actualValue()).isNull();
        assertThat(indicators.get(0).ungraded()).isFalse();
    }

    @Test
    void theDepartmentListJoinsEachDepartmentWithItsCurrentBudgetOfTheYear() {
        List<cn.districtbudget.data.catalog.DepartmentListRow> rows = catalog.departmentList(jia, 2023);
        assertThat(rows).extracting(r -> r.department().code()).containsExactly("101", "102", "103");
        assertThat(rows).extracting(cn.districtbudget.data.catalog.DepartmentListRow::total)
                .containsExactly(wan("110"), wan("190"), wan("50")); // 卫健局: the corrected revision, not 999
        assertThat(rows.get(0).personnel()).isEqualTo(wan("62"));
        List<cn.districtbudget.data.catalog.DepartmentListRow> earlier = catalog.departmentList(jia, 2022);
        assertThat(earlier).extracting(cn.districtbudget.data.catalog.DepartmentListRow::total)
                .containsExactly(wan("100"), wan("200"), null); // 水务局 has no 2022 disclosure
    }

    @Test
    void catalogListsDepartmentsInCodeOrderWithNeighboursAndRevisions() {
        assertThat(catalog.departments(jia)).extracting(DepartmentSummary::code).containsExactly("101", "102", "103");
        assertThat(catalog.previousDepartment(education)).isEmpty();
        assertThat(catalog.nextDepartment(education)).map(DepartmentSummary::id).contains(health);
        assertThat(catalog.previousDepartment(water)).map(DepartmentSummary::id).contains(health);
        assertThat(catalog.nextDepartment(water)).isEmpty();

        assertThat(catalog.disclosures(health)).extracting(DisclosureSummary::year, DisclosureSummary::revision,
                        DisclosureSummary::current)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2023, 2, true),
                        org.assertj.core.groups.Tuple.tuple(2023, 1, false),
                        org.assertj.core.groups.Tuple.tuple(2022, 1, true));
        assertThat(catalog.revisions(healthOld)).extracting(DisclosureSummary::revision).containsExactly(2, 1);
        assertThat(catalog.disclosure(healthOld)).map(d -> d.expenditure().total()).contains(wan("999"));
        assertThat(catalog.findings(healthOld)).extracting(Finding::rule).containsExactly("R-OLD", "FIXTURE-PRIOR");
        assertThat(catalog.originalText(healthOld)).contains("health23-first");
        assertThat(catalog.department(water)).map(DepartmentSummary::name).contains("甲区水务局");
    }
}
