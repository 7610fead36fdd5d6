package cn.districtbudget.ui.departments;

import cn.districtbudget.ui.testsupport.DistrictViewTest;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.grid.Grid;
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
}
