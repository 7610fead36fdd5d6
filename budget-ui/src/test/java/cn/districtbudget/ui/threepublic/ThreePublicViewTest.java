package cn.districtbudget.ui.threepublic;

import cn.districtbudget.ui.testsupport.DistrictViewTest;
import cn.districtbudget.ui.testsupport.TestDistrict;

import cn.districtbudget.data.dashboard.ThreePublicRise;
import cn.districtbudget.ui.threepublic.ThreePublicView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThreePublicViewTest extends DistrictViewTest {

    @Test
    void showsEveryYearByCategoryWithTheTotalAsALine() {
        navigate("sangong");
        LocatorJ._assertOne(ThreePublicView.class);
        var options = chart("three-public-trend").getOptions();
        assertThat(options.at("/xaxis/categories").toString()).isEqualTo("[\"2018\",\"2019\"]");
        assertThat(options.at("/series/3/name").asText()).isEqualTo("合计");
        assertThat(options.at("/series/3/data/0").decimalValue()).isEqualByComparingTo("1.14"); // 2018: 科协 only
        assertThat(options.at("/series/3/data/1").decimalValue()).isEqualByComparingTo("2.28"); // 2019: 科协 + 档案馆
    }

    @Test
    void theShareToggleGoesIntoTheUrlAndStacksToAHundredPercent() {
        navigate("sangong");
        RadioButtonGroup<String> mode = LocatorJ._get(RadioButtonGroup.class, spec -> spec.withId("mode"));
        LocatorJ._setValue(mode, "占比");
        assertThat(currentLocation()).contains("mode=share");
        assertThat(chart("three-public-trend").getOptions().at("/chart/stackType").asText()).isEqualTo("100%");
        assertThat(chart("three-public-departments").getOptions().at("/chart/stackType").asText()).isEqualTo("100%");
    }

    @Test
    void theYearRangeNarrowsTheCharts() {
        navigate("sangong");
        Select<Integer> from = LocatorJ._get(Select.class, spec -> spec.withId("from-year"));
        LocatorJ._setValue(from, 2019);
        assertThat(currentLocation()).contains("from=2019");
        assertThat(chart("three-public-trend").getOptions().at("/xaxis/categories").toString()).isEqualTo("[\"2019\"]");
    }

    @Test
    void policyBreachesAreListed() {
        navigate("sangong");
        Grid<ThreePublicRise> breaches = LocatorJ._get(Grid.class, spec -> spec.withId("three-public-breaches"));
        assertThat(GridKt._findAll(breaches)).extracting(ThreePublicRise::departmentName).containsExactly(TestDistrict.ARCHIVES);
    }

    @Test
    void aDepartmentBarOpensTheDepartment() {
        navigate("sangong?year=2019");
        var categories = chart("three-public-departments").getOptions().at("/xaxis/categories");
        int index = categories.get(0).asText().equals(TestDistrict.ARCHIVES) ? 0 : 1;
        click(chart("three-public-departments"), 0, index, TestDistrict.ARCHIVES);
        assertThat(currentLocation()).startsWith("department/" + department(TestDistrict.ARCHIVES).id());
    }

    @Test
    void aColumnSelectsItsYear() {
        navigate("sangong?year=2019");
        click(chart("three-public-trend"), 0, 0, "2018");
        assertThat(currentLocation()).startsWith("sangong").contains("year=2018");
    }
}
