package cn.districtbudget.ui.bench;

import cn.districtbudget.data.dashboard.DashboardQueries;
import cn.districtbudget.data.dashboard.RegionSummary;
import cn.districtbudget.ui.overview.OverviewView;
import cn.districtbudget.ui.shell.Routes;
import cn.districtbudget.ui.testsupport.KaribuTest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Server time to build the overview at district scale (the demo district: about 40 departments over 10 years):
 * navigation to the overview, i.e. every query and every chart's options, median of 30 warm runs. Budget: 100 ms.
 * The figure goes to target/overview-build-ms.txt for docs/benchmarks.md.
 * A benchmark, not a unit test: its name keeps it out of the normal build (a timing on a loaded CI machine proves
 * nothing); run it on purpose with the command in docs/benchmarks.md.
 */
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:ui-district-scale;DB_CLOSE_DELAY=-1",
        "budget.demo.enabled=true"})
class OverviewBuildBenchmark extends KaribuTest {

    @Override
    protected boolean startsFromAnEmptyDatabase() {
        return false; // stands on the demo district the context imported at start
    }

    static final double BUDGET_MS = 100;

    @Autowired
    DashboardQueries queries;

    @Test
    void theOverviewIsBuiltWithinBudgetAtDistrictScale() throws Exception {
        RegionSummary district = queries.regions().stream().max((a, b) -> Integer.compare(a.departmentCount(), b.departmentCount()))
                .orElseThrow();
        assertThat(district.departmentCount()).as("demo district size").isGreaterThanOrEqualTo(30);
        String location = "?region=" + district.id();
        for (int i = 0; i < 15; i++) {
            Routes.navigate(location);
            Routes.navigate("import");
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Routes.navigate("import");
            long start = System.nanoTime();
            Routes.navigate(location);
            millis.add((System.nanoTime() - start) / 1e6);
            LocatorJ._assertOne(OverviewView.class);
        }
        Collections.sort(millis);
        double median = millis.get(millis.size() / 2);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "overview-build-ms.txt"), String.format(
                "overview server build, %s (%d departments, %d years), H2 in memory: median %.1f ms, p90 %.1f ms, max %.1f ms%n",
                district.name(), district.departmentCount(), queries.years(district.id()).size(),
                median, millis.get(millis.size() * 9 / 10), millis.get(millis.size() - 1)));
        assertThat(median).as("median overview build, ms").isLessThanOrEqualTo(BUDGET_MS);
    }
}
