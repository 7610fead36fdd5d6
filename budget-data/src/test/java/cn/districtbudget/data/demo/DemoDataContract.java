package cn.districtbudget.data.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.core.finding.Severity;
import cn.districtbudget.data.dashboard.DashboardQueries;
import cn.districtbudget.data.dashboard.DistrictTotals;
import cn.districtbudget.data.dashboard.FindingFilter;
import cn.districtbudget.data.dashboard.RegionSummary;
import cn.districtbudget.data.importing.BatchOutcome;
import cn.districtbudget.data.importing.ImportStatus;
import cn.districtbudget.data.importing.TestImporters;
import cn.districtbudget.data.store.DisclosureStore;
import cn.districtbudget.data.support.DatabaseCleaner;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The first start on an empty database: the sample and the demo district, read by the real reader. */
abstract class DemoDataContract {

    @Autowired
    DisclosureStore store;
    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    JdbcClient jdbcClient;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DashboardQueries queries;

    @Test
    void anEmptyDatabaseGetsTheSampleAndTheDemoDistrictOnce() {
        DatabaseCleaner.clean(jdbc);
        DemoDataLoader loader = new DemoDataLoader(TestImporters.real(context), jdbcClient);
        ApplicationArguments none = new DefaultApplicationArguments();

        long start = System.nanoTime();
        loader.run(none);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Demo import: 406 documents in %.2f s (%.0f docs/s)%n", seconds, 406 / seconds);

        assertThat(jdbc.queryForObject("select count(*) from disclosure", Long.class)).isEqualTo(406);
        List<RegionSummary> regions = queries.regions();
        assertThat(regions).extracting(RegionSummary::name).containsExactly("山海关区", "示例区");
        RegionSummary demo = regions.get(1);
        assertThat(demo.demo()).isTrue();
        assertThat(demo.departmentCount()).isEqualTo(40);
        assertThat(queries.years(demo.id())).hasSize(10).startsWith(2015).endsWith(2024);
        DistrictTotals totals = queries.districtTotals(demo.id(), 2024);
        assertThat(totals.departmentCount()).isEqualTo(40);
        assertThat(totals.priorTotalExpenditure()).isNotNull();
        assertThat(totals.statedTotalChange()).isEqualTo(totals.totalChange());
        assertThat(queries.expenditureByDepartment(demo.id(), 2024)).hasSize(40);
        assertThat(queries.threePublicRises(demo.id(), 2024)).isNotEmpty().hasSizeLessThan(20);
        var byYear = queries.threePublicByYear(demo.id(), 2015, 2024);
        assertThat(byYear.get(9).total()).isLessThan(byYear.get(0).total());
        assertThat(queries.countFindings(FindingFilter.region(demo.id()).withSeverity(Severity.ERROR)))
                .isGreaterThanOrEqualTo(4);

        assertThat(queries.findingCounts(FindingFilter.region(demo.id()).withRule("CHG-PRIOR-DISCLOSURE")
                        .withSeverity(Severity.ERROR)).byDepartment())
                .as("each year was checked against its stored prior year: the two years after a deliberate error")
                .hasSize(2);

        loader.run(none);
        assertThat(jdbc.queryForObject("select count(*) from disclosure", Long.class)).isEqualTo(406);
        BatchOutcome again = loader.loadDemo();
        assertThat(again.count(ImportStatus.UNCHANGED)).isEqualTo(406);
    }

    @Test
    void anInterruptedFirstStartIsCompletedOnTheNextStart() {
        DatabaseCleaner.clean(jdbc);
        var importer = TestImporters.real(context);
        List<cn.districtbudget.data.importing.NamedText> first67 = new DemoDistrictGenerator()
                .documents(DemoDistrictGenerator.DistrictSpec.demo()).stream().limit(67)
                .map(d -> new cn.districtbudget.data.importing.NamedText(d.fileName(), d.text())).toList();
        importer.importTexts(first67, DemoDataLoader.USER, null); // as far as the first start got before a kill
        assertThat(jdbc.queryForObject("select count(*) from disclosure", Long.class)).isEqualTo(67);

        new DemoDataLoader(importer, jdbcClient).run(new DefaultApplicationArguments());

        assertThat(jdbc.queryForObject("select count(*) from disclosure", Long.class)).isEqualTo(406);
        assertThat(jdbc.queryForObject("select count(*) from disclosure where revision > 1", Long.class)).isZero();
    }

    @Test
    void aDatabaseWithOtherDataOnlyIsLeftAlone() {
        DatabaseCleaner.clean(jdbc);
        var importer = TestImporters.real(context);
        var one = new DemoDistrictGenerator().documents(DemoDistrictGenerator.DistrictSpec.demo()).get(0);
        importer.importText(one.fileName(), one.text(), "张三");

        new DemoDataLoader(importer, jdbcClient).run(new DefaultApplicationArguments());

        assertThat(jdbc.queryForObject("select count(*) from disclosure", Long.class)).isEqualTo(1);
    }
}
