package cn.districtbudget.ui.testsupport;

import cn.districtbudget.data.catalog.DepartmentCatalog;
import cn.districtbudget.data.catalog.DepartmentSummary;
import cn.districtbudget.data.dashboard.DashboardQueries;
import cn.districtbudget.data.importing.DisclosureImporter;
import cn.districtbudget.ui.chart.ApexChart;
import cn.districtbudget.ui.chart.ChartClickEvent;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** View tests on the small known district ({@link TestDistrict}), imported before each test (once per class into the emptied database; imports are idempotent). */
public abstract class DistrictViewTest extends KaribuTest {

    @Autowired
    protected DisclosureImporter importer;
    @Autowired
    protected DashboardQueries queries;
    @Autowired
    protected DepartmentCatalog catalog;

    protected long regionId;

    @BeforeEach
    void importDistrict() {
        TestDistrict.importInto(importer);
        regionId = queries.regions().get(0).id();
    }

    protected DepartmentSummary department(String name) {
        return catalog.departments(regionId).stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    protected static void navigate(String location) {
        cn.districtbudget.ui.shell.Routes.navigate(location);
    }

    /** Where the UI is now, e.g. {@code department/5?region=1&year=2019}. */
    protected static String currentLocation() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    protected static ApexChart chart(String id) {
        return LocatorJ._get(ApexChart.class, spec -> spec.withId(id));
    }

    /** What the browser sends when a bar, slice or cell is clicked. */
    protected static void click(ApexChart chart, int seriesIndex, int dataPointIndex, String category) {
        ComponentUtil.fireEvent(chart, new ChartClickEvent(chart, true, seriesIndex, dataPointIndex, category, ""));
    }

    /** Gives a grid's column a key so Karibu can read its cells. */
    protected static String columnKey(com.vaadin.flow.component.grid.Grid<?> grid, int index) {
        com.vaadin.flow.component.grid.Grid.Column<?> column = grid.getColumns().get(index);
        column.setKey("c" + index);
        return "c" + index;
    }
}
