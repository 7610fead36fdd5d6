package cn.districtbudget.ui.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production jar with demo data, in Debian's headless Chromium: the charts are really drawn (SVG, one bar per
 * department), a bar opens its department, every page renders; screenshots and timings go to target/browser/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserIT extends DemoJarBrowserTest {

    /** First chart drawn after navigation, median of warm loads (issue: at most 1.5 s). */
    /** Set -Dbudget.firstChartBudgetMs=1500 to check the target (a benchmark run); CI only records the figure. */
    static final String FIRST_CHART_BUDGET_MS = System.getProperty("budget.firstChartBudgetMs");
    static final String FIRST_CHART_MS =
            "() => { const m = performance.getEntriesByName('apex-chart-drawn'); return m.length ? m[0].startTime : -1; }";


    @BeforeAll
    static void recordTheStartUp() throws Exception {
        Files.writeString(OUT.resolve("startup.txt"), "jar served after " + app.startup().toMillis() + " ms (incl. demo import)\n");
    }

    @Test
    @Order(1)
    void overviewDrawsEveryChartWithOneBarPerDepartmentAndABarOpensItsDepartment() throws Exception {
        Page page = adminPage();
        page.navigate(app.url(""));
        page.waitForFunction(ALL_CHARTS_DRAWN);

        int charts = page.locator("apex-chart").count();
        assertThat(charts).as("charts on the overview").isGreaterThanOrEqualTo(4);
        assertThat(page.locator("apex-chart svg.apexcharts-svg").count()).as("an SVG in every chart").isEqualTo(charts);
        assertThat(page.locator("#revenue-donut path.apexcharts-pie-area").count()).as("donut slices").isPositive();
        assertThat(page.locator("#three-public-trend path.apexcharts-bar-area").count()).as("三公 columns").isPositive();
        assertThat(page.locator("#grade-heatmap rect.apexcharts-heatmap-rect").count()).as("heatmap cells").isPositive();

        int departments = Integer.parseInt(page.locator("#card-departments .card-value").textContent().trim());
        Object distinctBars = page.evaluate("() => new Set([...document.querySelectorAll('#expenditure-bars path.apexcharts-bar-area')]"
                + ".map(p => p.getAttribute('j'))).size");
        assertThat(departments).isPositive();
        assertThat(((Number) distinctBars).intValue()).as("bars = departments").isEqualTo(departments);
        screenshot(page, "overview.png");

        JsonNode options = new ObjectMapper().readTree((String) page.evaluate("() => document.querySelector('#expenditure-bars').options"));
        String firstDepartment = options.at("/xaxis/categories/0").asText();
        double clickedAt = ((Number) page.evaluate("() => performance.now()")).doubleValue();
        visibleBar(page, 0).click();
        page.waitForURL("**/department/**");
        page.waitForFunction(ALL_CHARTS_DRAWN);
        assertThat(page.locator("#department-name").textContent().trim()).isEqualTo(firstDepartment);
        assertThat(page.locator("#department-revenue svg.apexcharts-svg").count()).isEqualTo(1);
        assertThat(page.locator("#department-three-public path.apexcharts-bar-area").count()).isPositive();
        double drawnAt = ((Number) page.evaluate("(t) => { const m = performance.getEntriesByName('apex-chart-drawn')"
                + ".filter(e => e.startTime > t); return m.length ? m[0].startTime : -1; }", clickedAt)).doubleValue();
        Files.writeString(OUT.resolve("drill-down-ms.txt"), String.format("click on a bar -> first chart of the department page drawn: %.0f ms%n",
                drawnAt - clickedAt));
        screenshot(page, "department.png");
        page.close();
    }

    /**
     * The whole page: the app layout scrolls inside its content area, so the viewport is made as tall as the
     * content for the picture and restored after.
     */
    private static void screenshot(Page page, String file) {
        int height = ((Number) page.evaluate("() => { const l = document.querySelector('vaadin-app-layout');"
                + " const c = l && l.shadowRoot && l.shadowRoot.querySelector('[content]');"
                + " return c ? c.scrollHeight + 70 : document.documentElement.scrollHeight; }")).intValue();
        page.setViewportSize(1440, Math.min(Math.max(900, height), 12000));
        page.waitForTimeout(700);
        page.screenshot(new Page.ScreenshotOptions().setPath(OUT.resolve(file)));
        page.setViewportSize(1440, 900);
    }

    /** A bar of department {@code index} with a visible area (a zero amount draws an empty path). */
    private static ElementHandle visibleBar(Page page, int index) {
        for (ElementHandle bar : page.querySelectorAll("#expenditure-bars path.apexcharts-bar-area[j='" + index + "']")) {
            BoundingBox box = bar.boundingBox();
            if (box != null && box.width > 2 && box.height > 2) {
                return bar;
            }
        }
        throw new AssertionError("no visible bar for department " + index);
    }

    @Test
    @Order(2)
    void firstChartTimeAfterNavigationIsMeasured() throws Exception {
        // returning user: one browser context, its cache warm after the first load
        BrowserContext returning = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900));
        Page page = returning.newPage();
        page.setDefaultTimeout(30_000);
        BrowserLogin.logInAsAdmin(page, app);
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            page.navigate(app.url(""));
            page.waitForFunction(ALL_CHARTS_DRAWN);
            double first = ((Number) page.evaluate(FIRST_CHART_MS)).doubleValue();
            if (i > 1) {
                warm.add(first);
            }
        }
        returning.close();
        // first visit: a new context each time, nothing cached but the login page
        List<Double> cold = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Page fresh = adminPage();
            fresh.navigate(app.url(""));
            fresh.waitForFunction(ALL_CHARTS_DRAWN);
            cold.add(((Number) fresh.evaluate(FIRST_CHART_MS)).doubleValue());
            fresh.context().close();
        }
        Collections.sort(warm);
        Collections.sort(cold);
        double median = warm.get(warm.size() / 2);
        Files.writeString(OUT.resolve("first-chart-ms.txt"), String.format(
                "overview of the demo district, first chart drawn after navigation start (Performance API mark 'apex-chart-drawn')%n"
                        + "returning visitor (browser cache warm), 5 loads: %s -> median %.0f ms%n"
                        + "first visit (new browser context, empty cache), 3 loads: %s -> median %.0f ms%n",
                rounded(warm), median, rounded(cold), cold.get(cold.size() / 2)));
        assertThat(warm).isNotEmpty().allMatch(t -> t > 0, "every load drew a chart");
        assertThat(cold).hasSize(3).allMatch(t -> t > 0, "every first visit drew a chart");
        if (FIRST_CHART_BUDGET_MS != null) {
            assertThat(median).as("first chart after navigation, ms (browser cache warm)")
                    .isLessThanOrEqualTo(Double.parseDouble(FIRST_CHART_BUDGET_MS));
        }
    }

    private static List<Long> rounded(List<Double> millis) {
        return millis.stream().map(Math::round).toList();
    }

    @Test
    @Order(3)
    void everyPageRendersAndItsChartsAreDrawn() throws Exception {
        Page page = adminPage();
        for (String path : List.of("sangong", "kpi", "departments", "quality", "import")) {
            page.navigate(app.url(path));
            page.waitForSelector("vaadin-app-layout");
            page.waitForSelector(".view h2");
            if (page.locator("apex-chart").count() > 0) {
                page.waitForFunction(ALL_CHARTS_DRAWN);
                assertThat(page.locator("apex-chart svg.apexcharts-svg").count()).as(path).isEqualTo(page.locator("apex-chart").count());
            }
            screenshot(page, path + ".png");
        }
        page.navigate(app.url("sangong"));
        page.waitForFunction(ALL_CHARTS_DRAWN);
        assertThat(page.locator("#three-public-departments path.apexcharts-bar-area").count()).isPositive();
        page.navigate(app.url("quality?year=all"));
        page.waitForSelector("#findings");
        assertThat(page.locator("#findings").count()).as("the demo data has findings").isEqualTo(1);
        page.close();
    }
}
