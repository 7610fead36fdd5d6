package cn.districtbudget.ui.chart;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * Options for stacked bars, one bar per category (e.g. expenditure by department split into personnel /
 * public-use / project). Horizontal bars suit long department names.
 */
public final class StackedBarChartMapper {

    private StackedBarChartMapper() {
    }

    public static ObjectNode map(String title, List<String> categories, List<ChartSeries> series, boolean horizontal) {
        for (ChartSeries s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
        ObjectNode options = ChartJson.base("bar", title);
        options.withObjectProperty("chart").put("stacked", true);
        ArrayNode seriesNode = options.putArray("series");
        series.forEach(s -> seriesNode.add(ChartJson.series(s)));
        options.putObject("xaxis").set("categories", ChartJson.strings(categories));
        options.putObject("plotOptions").putObject("bar").put("horizontal", horizontal).put("barHeight", "70%");
        options.putObject("yaxis");
        return options;
    }
}
