package cn.districtbudget.ui.grades;

import cn.districtbudget.ui.testsupport.DistrictViewTest;
import cn.districtbudget.ui.testsupport.TestDistrict;

import cn.districtbudget.ui.chart.ApexChart;
import cn.districtbudget.ui.grades.GradeHeatmapView;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GradeHeatmapViewTest extends DistrictViewTest {

    @Test
    void departmentsByYearsAreUngradedUntilResultsExist() {
        navigate("kpi");
        LocatorJ._assertOne(GradeHeatmapView.class);
        JsonNode series = chart("grade-heatmap").getOptions().get("series");
        assertThat(series).hasSize(2);
        assertThat(series.findValuesAsText("x")).contains("2018", "2019");
        series.forEach(row -> row.get("data").forEach(cell -> assertThat(cell.get("y").asInt()).isZero()));
        LocatorJ._assertOne(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("grade-legend"));
        LocatorJ._assertNone(ApexChart.class, spec -> spec.withId("indicator-heatmap"));
    }

    @Test
    void aCellShowsThatDepartmentsIndicatorsWithThresholdsOnHover() {
        navigate("kpi");
        JsonNode series = chart("grade-heatmap").getOptions().get("series");
        int seriesIndex = 0;
        String name = series.get(seriesIndex).get("name").asText();
        click(chart("grade-heatmap"), seriesIndex, 0, "2018");
        assertThat(currentLocation()).startsWith("kpi").contains("department=" + department(name).id());

        JsonNode indicators = chart("indicator-heatmap").getOptions().get("series");
        assertThat(indicators.size()).isEqualTo(22);
        String description = indicators.findValuesAsText("description").stream()
                .filter(d -> d.startsWith("科普活动覆盖率")).findFirst().orElseThrow();
        assertThat(description).contains("优：95%以上", "差：60%以下", "实际值：尚未填报", "等级：未评");
    }

    @Test
    void anIndicatorCellOpensTheDepartmentInThatYear() {
        long kexie = department(TestDistrict.KEXIE).id();
        navigate("kpi?department=" + kexie);
        click(chart("indicator-heatmap"), 3, 1, "2019");
        assertThat(currentLocation()).startsWith("department/" + kexie).contains("year=2019");
    }
}
