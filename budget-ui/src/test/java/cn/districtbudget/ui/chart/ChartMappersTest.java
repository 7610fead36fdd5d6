package cn.districtbudget.ui.chart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChartMappersTest {

    private static List<BigDecimal> wan(String... values) {
        return Arrays.stream(values).map(v -> v == null ? null : new BigDecimal(v)).toList();
    }

    @Test
    void donutLeavesOutSlicesNotStatedAndKeepsExactDecimals() {
        ObjectNode options = DonutChartMapper.map("收入来源",
                List.of("一般公共预算", "政府性基金", "财政专户", "其他"), wan("95.75", null, "0", "1.30"));

        assertThat(options.at("/chart/type").asText()).isEqualTo("donut");
        assertThat(DonutChartMapper.labelsShown(options)).containsExactly("一般公共预算", "财政专户", "其他");
        assertThat(options.get("series").toString()).isEqualTo("[95.75,0,1.30]");
        assertThat(options.toString()).doesNotContain("function").doesNotContain("=>");
    }

    @Test
    void donutRejectsLabelsAndValuesOfDifferentLength() {
        assertThatThrownBy(() -> DonutChartMapper.map(null, List.of("a", "b"), wan("1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stackedBarsHaveOneSeriesPerKindAndOneCategoryPerDepartment() {
        ObjectNode options = StackedBarChartMapper.map("支出", List.of("科协", "教育局"),
                List.of(new ChartSeries("人员经费", wan("50.44", "1200")),
                        new ChartSeries("日常公用经费", wan("20.75", null)),
                        new ChartSeries("项目支出", wan("24.56", "300.5"))), true);

        assertThat(options.at("/chart/stacked").asBoolean()).isTrue();
        assertThat(options.at("/plotOptions/bar/horizontal").asBoolean()).isTrue();
        assertThat(options.at("/xaxis/categories").toString()).isEqualTo("[\"科协\",\"教育局\"]");
        assertThat(options.get("series")).hasSize(3);
        assertThat(options.at("/series/1/data").toString()).isEqualTo("[20.75,null]");
        assertThat(options.at("/meta/valueSuffix").asText()).isEqualTo(" 万元");
    }

    @Test
    void stackedBarsRejectASeriesOfWrongLength() {
        assertThatThrownBy(() -> StackedBarChartMapper.map(null, List.of("a", "b"),
                List.of(new ChartSeries("x", wan("1"))), false))
                .hasMessageContaining("x");
    }

    @Test
    void columnsComeBeforeTheLineAndOnlyTheLineHasAStroke() {
        ObjectNode options = ColumnLineChartMapper.map("三公", List.of("2018", "2019"),
                List.of(new ChartSeries("因公出国（境）费", wan("0", "0")),
                        new ChartSeries("公务用车", wan("5", "4.2")),
                        new ChartSeries("公务接待费", wan("1", "0.8"))),
                new ChartSeries("合计", wan("6", "5.0")));

        JsonNode series = options.get("series");
        assertThat(series).hasSize(4);
        assertThat(series.get(0).get("type").asText()).isEqualTo("column");
        assertThat(series.get(3).get("type").asText()).isEqualTo("line");
        assertThat(series.get(3).get("data").toString()).isEqualTo("[6,5.0]");
        assertThat(options.at("/stroke/width").toString()).isEqualTo("[0,0,0,3]");
    }

    @Test
    void heatmapShowsUngradedCellsApartFromPoorAndReversesRows() {
        ObjectNode options = GradeHeatmapMapper.map("绩效", List.of(
                new HeatmapRow("科协", List.of(new HeatmapCell("2019", new BigDecimal("3.6"), "优 3.6"),
                        new HeatmapCell("2020", null, null))),
                new HeatmapRow("教育局", List.of(new HeatmapCell("2019", new BigDecimal("1"), null),
                        new HeatmapCell("2020", new BigDecimal("2.5"), null)))));

        JsonNode series = options.get("series");
        assertThat(series.get(0).get("name").asText()).isEqualTo("教育局");
        assertThat(series.get(1).get("name").asText()).isEqualTo("科协");
        JsonNode ungraded = series.get(1).get("data").get(1);
        assertThat(ungraded.get("y").decimalValue()).isEqualByComparingTo("0");
        assertThat(ungraded.get("description").asText()).contains("未评");
        assertThat(series.get(1).get("data").get(0).get("description").asText()).isEqualTo("优 3.6");

        JsonNode ranges = options.at("/plotOptions/heatmap/colorScale/ranges");
        assertThat(ranges.findValuesAsText("name")).containsExactly("未评", "差", "中", "良", "优");
        // 未评 (score 0) falls only in the first band; 差 (score 1) only in the second
        assertThat(bandOf(ranges, BigDecimal.ZERO)).isEqualTo("未评");
        assertThat(bandOf(ranges, BigDecimal.ONE)).isEqualTo("差");
        assertThat(bandOf(ranges, new BigDecimal("2.5"))).isEqualTo("良");
        assertThat(bandOf(ranges, new BigDecimal("4"))).isEqualTo("优");

        assertThat(GradeHeatmapMapper.rowIndex(0, 2)).isEqualTo(1);
        assertThat(GradeHeatmapMapper.rowIndex(1, 2)).isZero();
    }

    private static String bandOf(JsonNode ranges, BigDecimal score) {
        String found = null;
        for (JsonNode range : ranges) {
            if (score.compareTo(range.get("from").decimalValue()) >= 0 && score.compareTo(range.get("to").decimalValue()) < 0) {
                assertThat(found).as("score %s in two bands", score).isNull();
                found = range.get("name").asText();
            }
        }
        return found;
    }
}
