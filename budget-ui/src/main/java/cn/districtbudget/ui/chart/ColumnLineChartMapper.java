package cn.districtbudget.ui.chart;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * Options for stacked columns with a line on top (e.g. 三公 by category per year, with the total as a line).
 * Column series come first, so a click's series index below {@code columns.size()} is a column series.
 */
public final class ColumnLineChartMapper {

    private ColumnLineChartMapper() {
    }

    public static ObjectNode map(String title, List<String> categories, List<ChartSeries> columns, ChartSeries line) {
        ObjectNode options = ChartJson.base("line", title);
        options.withObjectProperty("chart").put("stacked", true);
        ArrayNode seriesNode = options.putArray("series");
        for (ChartSeries column : columns) {
            check(column, categories);
            seriesNode.add(ChartJson.series(column).put("type", "column"));
        }
        if (line != null) {
            check(line, categories);
            seriesNode.add(ChartJson.series(line).put("type", "line"));
        }
        ArrayNode widths = options.putObject("stroke").putArray("width");
        columns.forEach(c -> widths.add(0));
        if (line != null) {
            widths.add(3);
        }
        options.putObject("xaxis").set("categories", ChartJson.strings(categories));
        options.putObject("plotOptions").putObject("bar").put("columnWidth", "55%");
        options.putObject("markers").put("size", line == null ? 0 : 4);
        options.putObject("yaxis");
        return options;
    }

    private static void check(ChartSeries series, List<String> categories) {
        if (series.values().size() != categories.size()) {
            throw new IllegalArgumentException("series " + series.name() + " has " + series.values().size()
                    + " values for " + categories.size() + " categories");
        }
    }
}
