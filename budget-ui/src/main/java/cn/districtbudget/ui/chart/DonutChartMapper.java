package cn.districtbudget.ui.chart;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Options for a donut (e.g. revenue by source). Slices whose value is not stated (null) are left out, never drawn
 * as zero; {@link #labelsShown} tells which labels remain, in slice order, so a click index maps back.
 */
public final class DonutChartMapper {

    private DonutChartMapper() {
    }

    public static ObjectNode map(String title, List<String> labels, List<BigDecimal> values) {
        if (labels.size() != values.size()) {
            throw new IllegalArgumentException("labels and values differ in length: " + labels.size() + " / " + values.size());
        }
        ObjectNode options = ChartJson.base("donut", title);
        ArrayNode series = options.putArray("series");
        ArrayNode shown = options.putArray("labels");
        for (int i = 0; i < labels.size(); i++) {
            if (values.get(i) != null) {
                series.add(ChartJson.plain(values.get(i)));
                shown.add(labels.get(i));
            }
        }
        options.putObject("dataLabels").put("enabled", true);
        options.withObjectProperty("meta").put("labelDecimals", 1).put("labelSuffix", "%");
        options.putObject("plotOptions").putObject("pie").putObject("donut").put("size", "60%")
                .putObject("labels").put("show", true).putObject("total").put("show", true).put("label", "合计");
        return options;
    }

    /** The labels of the slices actually drawn, in order. */
    public static List<String> labelsShown(ObjectNode options) {
        List<String> labels = new ArrayList<>();
        options.withArrayProperty("labels").forEach(node -> labels.add(node.asText()));
        return labels;
    }
}
