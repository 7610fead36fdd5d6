package cn.districtbudget.data.performance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.data.dashboard.DashboardQueries;
import cn.districtbudget.data.dashboard.GradeCell;
import cn.districtbudget.data.dashboard.GradeMatrix;
import cn.districtbudget.data.dashboard.RegionSummary;
import cn.districtbudget.data.demo.DemoDataLoader;
import cn.districtbudget.data.importing.TestImporters;
import cn.districtbudget.data.store.DisclosureStore;
import cn.districtbudget.data.support.DatabaseCleaner;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The generated demo district with its generated results: the grade heatmap has colour, mostly 优/良. */
@SpringBootTest
class DemoDistrictResultsH2Test {

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
    @Autowired
    DemoResults demoResults;

    @Test
    void theDemoDistrictsHeatmapShowsRealGrades() {
        DatabaseCleaner.clean(jdbc);
        new DemoDataLoader(TestImporters.real(context), jdbcClient, demoResults).loadDemo();

        RegionSummary demo = queries.regions().stream().filter(RegionSummary::demo).findFirst().orElseThrow();
        GradeMatrix matrix = queries.gradeMatrix(demo.id());
        long graded = matrix.cells().stream().filter(c -> !c.notGraded()).count();
        Map<String, Long> labels = matrix.cells().stream()
                .collect(Collectors.groupingBy(GradeCell::label, Collectors.counting()));
        int missing = matrix.cells().stream().mapToInt(GradeCell::missing).sum();
        int indicators = matrix.cells().stream().mapToInt(GradeCell::indicatorCount).sum();
        System.out.printf("Demo heatmap: %d cells, %d graded, labels %s, %d of %d indicators missing%n",
                matrix.cells().size(), graded, labels, missing, indicators);

        assertThat(graded).isGreaterThan(matrix.cells().size() * 9L / 10);
        assertThat(labels.getOrDefault("优", 0L) + labels.getOrDefault("良", 0L))
                .isGreaterThan(matrix.cells().size() / 2L);
        assertThat(missing).isPositive().isLessThan(indicators / 5);
        assertThat(jdbc.queryForObject("select count(*) from indicator_result where grade = 'FAIR'", Long.class))
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from indicator_result where grade = 'POOR'", Long.class))
                .isPositive();
        assertThat(demoResults.generate()).as("idempotent").isZero();
    }
}
