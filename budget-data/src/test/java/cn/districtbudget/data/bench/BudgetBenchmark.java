package cn.districtbudget.data.bench;

import cn.districtbudget.data.TestApplication;
import cn.districtbudget.data.dashboard.DashboardQueries;
import cn.districtbudget.data.dashboard.FindingFilter;
import cn.districtbudget.data.dashboard.RegionSummary;
import cn.districtbudget.data.demo.DemoDistrictGenerator;
import cn.districtbudget.data.importing.DisclosureImporter;
import cn.districtbudget.data.importing.ImportStatus;
import cn.districtbudget.data.importing.NamedText;
import cn.districtbudget.data.importing.ProgressListener;
import cn.districtbudget.data.importing.TestImporters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Import and query benchmark (not a unit test: surefire only runs it when named with -Dtest, see
 * docs/benchmarks.md). Imports districts through the real reader, measures docs/s, then times every dashboard
 * query at district scale and, after replicating the imported district in SQL, at province scale.
 * System properties: {@code bench.db} = h2 (default, file database under target/bench) or postgres
 * ({@code BUDGET_BENCH_PG_URL}, else {@code BUDGET_TEST_PG_URL}); {@code bench.districts} (default 150),
 * {@code bench.departments} (default 60).
 */
class BudgetBenchmark {

    private final String db = System.getProperty("bench.db", "h2");
    private final int districts = Integer.getInteger("bench.districts", 150);
    private final int departments = Integer.getInteger("bench.departments", 60);
    private final StringBuilder report = new StringBuilder();

    @Test
    void run() throws IOException {
        try (ConfigurableApplicationContext context = start()) {
            DisclosureImporter importer = TestImporters.real(context);
            DashboardQueries queries = context.getBean(DashboardQueries.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            String cores = Runtime.getRuntime().availableProcessors() + " cores";
            report.append("### ").append(db).append(" (").append(cores).append(", ")
                    .append(java.time.LocalDate.now()).append(")\n\n");

            var generator = new DemoDistrictGenerator();
            List<DemoDistrictGenerator.DistrictSpec> specs =
                    DemoDistrictGenerator.province(districts, departments, 2015, 2024, 7L);
            importAndReport(importer, generator.documents(DemoDistrictGenerator.DistrictSpec.demo()),
                    "demo district (40 departments x 10 years, cold JVM)");
            importAndReport(importer, generator.documents(specs.get(0)),
                    "one province district (" + departments + " departments x 10 years, warm JVM)");

            long demoRegion = queries.regions().stream().filter(r -> r.name().equals("示例区")).findFirst()
                    .orElseThrow().id();
            timeQueries(queries, demoRegion, "district scale: 示例区, 40 departments x 10 years");

            long template = queries.regions().stream().filter(r -> r.name().equals(specs.get(0).district()))
                    .findFirst().orElseThrow().id();
            long start = System.nanoTime();
            int copies = new ProvinceReplicator(jdbc).replicate(template, districts - 1);
            jdbc.execute(db.equals("postgres") ? "vacuum analyze" : "analyze"); // as autovacuum would after a load
            double seconds = (System.nanoTime() - start) / 1e9;
            Long total = jdbc.queryForObject("select count(*) from disclosure", Long.class);
            report.append(String.format(Locale.ROOT,
                    "Province scale: the imported district replicated %d times by batched SQL, then analysed, in %.1f s "
                            + "(%d disclosures in the database).%n%n", copies, seconds, total));
            RegionSummary last = queries.regions().stream().filter(r -> !r.name().equals("示例区"))
                    .reduce((a, b) -> b).orElseThrow();
            timeQueries(queries, last.id(), "province scale: one district of " + total + " disclosures");
        }
        Path out = Path.of("target", "benchmarks", db + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    private ConfigurableApplicationContext start() throws IOException {
        List<String> args = new ArrayList<>(List.of("--budget.demo.enabled=false", "--spring.main.web-application-type=none",
                "--logging.level.root=warn"));
        if (db.equals("postgres")) {
            String url = System.getenv().getOrDefault("BUDGET_BENCH_PG_URL", System.getenv("BUDGET_TEST_PG_URL"));
            args.add("--spring.datasource.url=" + url);
            args.add("--spring.datasource.username=" + System.getenv().getOrDefault("BUDGET_TEST_PG_USER", "budget"));
            args.add("--spring.datasource.password="
                    + System.getenv().getOrDefault("BUDGET_TEST_PG_PASSWORD", "budget"));
            args.add("--spring.datasource.hikari.data-source-properties.reWriteBatchedInserts=true");
        } else {
            Path dir = Path.of("target", "bench", "h2");
            Files.createDirectories(dir);
            args.add("--spring.datasource.url=jdbc:h2:file:" + dir.toAbsolutePath() + "/budget;QUERY_CACHE_SIZE=256");
        }
        return new SpringApplicationBuilder(TestApplication.class).run(args.toArray(String[]::new));
    }

    private void importAndReport(DisclosureImporter importer, List<DemoDistrictGenerator.Document> documents,
                                 String what) {
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        List<NamedText> texts = documents.stream().map(d -> new NamedText(d.fileName(), d.text())).toList();
        long start = System.nanoTime();
        long failed = importer.importTexts(texts, "benchmark", ProgressListener.NONE).count(ImportStatus.FAILED);
        double seconds = (System.nanoTime() - start) / 1e9;
        report.append(String.format(Locale.ROOT, "Import, %s: %d documents in %.2f s = **%.0f docs/s** (%d failed; batch import on %d reading and %d storing threads)%n%n",
                what, documents.size(), seconds, documents.size() / seconds, failed, threads, threads));
    }

    private void timeQueries(DashboardQueries q, long region, String what) {
        List<Integer> years = q.years(region);
        int year = years.get(years.size() - 1);
        int first = years.get(0);
        long someDepartment = q.expenditureByDepartment(region, year).get(0).departmentId();
        Map<String, Supplier<Object>> queries = new LinkedHashMap<>();
        queries.put("regions()", q::regions);
        queries.put("years(region)", () -> q.years(region));
        queries.put("districtTotals(region, year)", () -> q.districtTotals(region, year));
        queries.put("districtTotalsByYear(region)", () -> q.districtTotalsByYear(region));
        queries.put("revenueBySource(region, year)", () -> q.revenueBySource(region, year));
        queries.put("expenditureByDepartment(region, year)", () -> q.expenditureByDepartment(region, year));
        queries.put("threePublicByYear(region, from, to)", () -> q.threePublicByYear(region, first, year));
        queries.put("threePublicByDepartment(region, from, to)", () -> q.threePublicByDepartment(region, first, year));
        queries.put("threePublicRises(region, year)", () -> q.threePublicRises(region, year));
        queries.put("priorYearChanges(region, year)", () -> q.priorYearChanges(region, year));
        queries.put("findingCounts(region)", () -> q.findingCounts(FindingFilter.region(region)));
        queries.put("countFindings(region)", () -> q.countFindings(FindingFilter.region(region)));
        queries.put("findingCounts(all regions)", () -> q.findingCounts(FindingFilter.all()));
        queries.put("findings(region, 0, 50)", () -> q.findings(FindingFilter.region(region), 0, 50));
        queries.put("gradeMatrix(region)", () -> q.gradeMatrix(region));
        queries.put("indicatorGrades(department)", () -> q.indicatorGrades(someDepartment));
        report.append("| query, ").append(what).append(" | median ms | max ms |\n|---|---:|---:|\n");
        for (var entry : queries.entrySet()) {
            for (int i = 0; i < 5; i++) {
                entry.getValue().get();
            }
            double[] ms = new double[21];
            for (int i = 0; i < ms.length; i++) {
                long start = System.nanoTime();
                entry.getValue().get();
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(ms);
            report.append(String.format(Locale.ROOT, "| `%s` | %.1f | %.1f |%n", entry.getKey(), ms[ms.length / 2],
                    ms[ms.length - 1]));
        }
        report.append('\n');
    }
}
