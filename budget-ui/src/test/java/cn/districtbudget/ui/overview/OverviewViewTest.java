package cn.districtbudget.ui.overview;

import cn.districtbudget.ui.testsupport.DistrictViewTest;
import cn.districtbudget.ui.testsupport.TestDistrict;

import cn.districtbudget.data.dashboard.ThreePublicRise;
import cn.districtbudget.ui.chart.ApexChart;
import cn.districtbudget.ui.overview.OverviewView;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OverviewViewTest extends DistrictViewTest {

    private static String cardValue(String key) {
        Div card = LocatorJ._get(Div.class, spec -> spec.withId("card-" + key));
        return LocatorJ._get(card, Span.class, spec -> spec.withClasses("card-value")).getText();
    }

    @Test
    void showsTheLatestYearOfTheFirstRegionByDefault() {
        navigate("");
        LocatorJ._assertOne(OverviewView.class);
        assertThat(LocatorJ._get(Select.class, spec -> spec.withId("year-select")).getValue()).isEqualTo(2019);
        assertThat(cardValue("departments")).isEqualTo("2");
        // 95.75 each: the sample and its copy
        assertThat(cardValue("total")).isEqualTo("191.50");
        // 1.14 each: the sample states 财政拨款“三公”经费预算安排1.14万元
        assertThat(cardValue("three-public")).isEqualTo("2.28");
    }

    @Test
    void theYearSelectorPutsTheYearIntoTheUrl() {
        navigate("");
        Select<Integer> year = LocatorJ._get(Select.class, spec -> spec.withId("year-select"));
        LocatorJ._setValue(year, 2018);
        assertThat(currentLocation()).contains("year=2018").contains("region=" + regionId);
        assertThat(cardValue("departments")).isEqualTo("1");
    }

    @Test
    void expenditureBarsHaveOneBarPerDepartmentAndABarOpensItsDepartment() {
        navigate("?year=2019");
        ApexChart bars = chart("expenditure-bars");
        JsonNode categories = bars.getOptions().at("/xaxis/categories");
        assertThat(categories).hasSize(2);
        List<String> names = new ArrayList<>();
        categories.forEach(c -> names.add(c.asText()));
        int archives = names.indexOf(TestDistrict.ARCHIVES);
        assertThat(archives).isNotNegative();

        click(bars, 2, archives, TestDistrict.ARCHIVES);

        assertThat(currentLocation()).startsWith("department/" + department(TestDistrict.ARCHIVES).id()).contains("year=2019");
    }

    @Test
    void aThreePublicColumnOpensTheThreePublicPageForItsYear() {
        navigate("");
        ApexChart trend = chart("three-public-trend");
        assertThat(trend.getOptions().at("/xaxis/categories").toString()).isEqualTo("[\"2018\",\"2019\"]");
        click(trend, 1, 0, "2018");
        assertThat(currentLocation()).startsWith("sangong").contains("year=2018");
    }

    @Test
    void aHeatmapCellOpensThatDepartmentInThatYear() {
        navigate("");
        ApexChart heatmap = chart("grade-heatmap");
        JsonNode series = heatmap.getOptions().get("series");
        // rows are handed over bottom-up: the last series is the first department
        int seriesIndex = series.size() - 1;
        String name = series.get(seriesIndex).get("name").asText();
        click(heatmap, seriesIndex, 1, "2019");
        assertThat(currentLocation()).startsWith("department/" + department(name).id()).contains("year=2019");
    }

    @Test
    void heatmapCellsAreUngradedBeforeResultsExist() {
        navigate("");
        JsonNode series = chart("grade-heatmap").getOptions().get("series");
        series.forEach(row -> row.get("data").forEach(cell -> {
            assertThat(cell.get("y").asInt()).isZero();
            assertThat(cell.get("description").asText()).containsAnyOf("未评", "无公开说明");
        }));
    }

    @Test
    void departmentsWhoseThreePublicRoseAreListedWithTheRiseInRed() {
        navigate("");
        Grid<ThreePublicRise> risers = LocatorJ._get(Grid.class, spec -> spec.withId("three-public-risers"));
        assertThat(GridKt._findAll(risers)).extracting(ThreePublicRise::departmentName).containsExactly(TestDistrict.ARCHIVES);
        Span change = (Span) GridKt._getCellComponent(risers, 0, risers.getColumns().get(3).getKey() == null
                ? columnKey(risers, 3) : risers.getColumns().get(3).getKey());
        assertThat(change.getText()).isEqualTo("+0.31");
        assertThat(change.getClassNames()).contains("rise");
    }

    @Test
    void theErrorCardLinksToTheQualityPageFilteredOnErrors() {
        navigate("");
        Div card = LocatorJ._get(Div.class, spec -> spec.withId("card-errors"));
        Anchor link = LocatorJ._get(card, Anchor.class);
        assertThat(link.getHref()).startsWith("quality").contains("severity=ERROR");
    }
}
