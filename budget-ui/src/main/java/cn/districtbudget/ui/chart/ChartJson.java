package cn.districtbudget.ui.chart;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.List;

/** Building blocks shared by the chart mappers: the base options, exact numbers and arrays. */
final class ChartJson {

    static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    static final String FONT = "\"Noto Sans CJK SC\", \"WenQuanYi Micro Hei\", \"Microsoft YaHei\", \"PingFang SC\", sans-serif";
    static final List<String> PALETTE = List.of("#1565c0", "#ef6c00", "#2e7d32", "#6a1b9a", "#00838f", "#c62828", "#5d4037");

    private ChartJson() {
    }

    /** Options every chart shares: type, no toolbar, no animation (fast first draw), Chinese font, amounts in 万元. */
    static ObjectNode base(String type, String title) {
        ObjectNode options = NODES.objectNode();
        ObjectNode chart = options.putObject("chart");
        chart.put("type", type);
        chart.put("fontFamily", FONT);
        chart.putObject("toolbar").put("show", false);
        chart.putObject("animations").put("enabled", false);
        chart.putObject("zoom").put("enabled", false);
        if (title != null) {
            options.putObject("title").put("text", title);
        }
        ArrayNode colors = options.putArray("colors");
        PALETTE.forEach(colors::add);
        options.putObject("dataLabels").put("enabled", false);
        options.putObject("legend").put("position", "bottom");
        options.putObject("meta").put("decimals", 2).put("valueSuffix", " 万元");
        return options;
    }

    /** An exact JSON number, or null for a figure not stated; never scientific notation. */
    static void addNumber(ArrayNode array, BigDecimal value) {
        if (value == null) {
            array.addNull();
        } else {
            array.add(plain(value));
        }
    }

    static BigDecimal plain(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    static ArrayNode strings(List<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }

    static ArrayNode numbers(List<BigDecimal> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(v -> addNumber(array, v));
        return array;
    }

    static ObjectNode series(ChartSeries series) {
        ObjectNode node = NODES.objectNode();
        node.put("name", series.name());
        node.set("data", numbers(series.values()));
        return node;
    }
}
