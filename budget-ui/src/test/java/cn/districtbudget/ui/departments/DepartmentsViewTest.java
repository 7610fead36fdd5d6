package cn.districtbudget.ui.departments;

import cn.districtbudget.ui.testsupport.DistrictViewTest;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import cn.districtbudget.ui.shell.RegionYearView;
import cn.districtbudget.ui.shell.Routes;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DepartmentsViewTest extends DistrictViewTest {

    @Test
    void listsTheDepartmentsAndFiltersByName() {
        navigate("departments?year=2019");
        Grid<?> grid = LocatorJ._get(Grid.class, spec -> spec.withId("department-list"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("95.75");
        LocatorJ._setValue(LocatorJ._get(TextField.class, spec -> spec.withId("department-filter")), "档案");
        assertThat(GridKt._size(grid)).isEqualTo(1);
    }

    @Test
    void theRevenueDonutOpensTheList() {
        navigate("");
        click(chart("revenue-donut"), 0, 0, "一般公共预算收入");
        assertThat(currentLocation()).startsWith("departments");
    }

    @Test
    void aRegionWithFinalAccountsOnlySaysSoAndLinksToTheirDepartments() {
        importer.importText("audit-2021-final.txt", "某某县审计局2021年度部门决算\n二、收入支出决算总体情况说明\n"
                + "2021年度收、支总计各为100万元。\n", "test");
        long region = queries.regions().stream().filter(r -> r.name().equals("某某县")).findFirst().orElseThrow().id();
        navigate("departments?region=" + region);
        Div list = LocatorJ._get(Div.class, spec -> spec.withId("final-accounts-only"));
        assertThat(list.getElement().getTextRecursively()).contains(RegionYearView.NO_BUDGET_YET).contains("某某县审计局");
        Anchor link = LocatorJ._get(list, Anchor.class, spec -> spec.withText("某某县审计局"));
        assertThat(link.getHref()).contains("kind=FINAL_ACCOUNTS");
        // the other dashboard pages say it without the list
        navigate(Routes.THREE_PUBLIC + "?region=" + region);
        assertThat(LocatorJ._find(Div.class, spec -> spec.withId("final-accounts-only"))).isEmpty();
        assertThat(LocatorJ._get(Div.class, spec -> spec.withId("three-public")).getElement().getTextRecursively())
                .contains(RegionYearView.NO_BUDGET_YET);
    }
}
