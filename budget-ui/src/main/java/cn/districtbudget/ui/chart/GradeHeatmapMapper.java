package cn.districtbudget.ui.chart;

import cn.districtbudget.core.disclosure.Grade;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.List;

/**
 * Options for a grade heatmap (rows x columns). Scores run from 1 (差) to 4 (优); a cell without a score is
 * drawn as 未评 in grey, distinct from 差. ApexCharts draws the first series at the bottom, so rows are handed
 * over reversed; {@link #rowIndex} maps a clicked series index back to the caller's row.
 */
public final class GradeHeatmapMapper {

    /** The value standing for 未评: outside every grade's range. */
    static final BigDecimal UNGRADED = BigDecimal.ZERO;

    /** Legend bands: name, from (inclusive), to, colour. */
    static final List<Band> BANDS = List.of(
            new Band("未评", "-1", "0.5", "#bdbdbd"),
            new Band(Grade.POOR.label(), "0.5", "1.5", "#d32f2f"),
            new Band(Grade.FAIR.label(), "1.5", "2.5", "#f9a825"),
            new Band(Grade.GOOD.label(), "2.5", "3.5", "#7cb342"),
            new Band(Grade.EXCELLENT.label(), "3.5", "4.5", "#2e7d32"));

    /** The grade colours and labels, best first and 未评 last, for legends beside the chart. */
    public static List<String[]> legend() {
        List<String[]> legend = new java.util.ArrayList<>();
        for (int i = BANDS.size() - 1; i > 0; i--) {
            legend.add(new String[]{BANDS.get(i).name(), BANDS.get(i).color()});
        }
        legend.add(new String[]{BANDS.get(0).name(), BANDS.get(0).color()});
        return legend;
    }

    private GradeHeatmapMapper() {
    }

    public static ObjectNode map(String title, List<HeatmapRow> rows) {
        ObjectNode options = ChartJson.base("heatmap", title);
        options.remove("colors");
        options.withObjectProperty("meta").removeAll();
        options.withObjectProperty("meta").put("decimals", 2);
        ArrayNode series = options.putArray("series");
        for (int i = rows.size() - 1; i >= 0; i--) {
            HeatmapRow row = rows.get(i);
            ObjectNode node = series.addObject();
            node.put("name", row.name());
            ArrayNode data = node.putArray("data");
            for (HeatmapCell cell : row.cells()) {
                ObjectNode point = data.addObject();
                point.put("x", cell.column());
                point.put("y", ChartJson.plain(cell.score() == null ? UNGRADED : cell.score()));
                point.put("description", cell.description() == null
                        ? row.name() + " · " + cell.column() + "：" + (cell.score() == null ? "未评" : cell.score().toPlainString())
                        : cell.description());
            }
        }
        ObjectNode heatmap = options.putObject("plotOptions").putObject("heatmap");
        heatmap.put("enableShades", false);
        heatmap.put("radius", 2);
        ArrayNode ranges = heatmap.putObject("colorScale").putArray("ranges");
        for (Band band : BANDS) {
            ranges.addObject().put("from", new BigDecimal(band.from())).put("to", new BigDecimal(band.to()))
                    .put("name", band.name()).put("color", band.color());
        }
        options.putObject("stroke").put("width", 1).putArray("colors").add("#ffffff");
        options.putObject("legend").put("position", "top").put("showForSingleSeries", true);
        return options;
    }

    /** The caller's row index for a clicked series index (rows are handed to ApexCharts bottom-up). */
    public static int rowIndex(int seriesIndex, int rowCount) {
        return rowCount - 1 - seriesIndex;
    }

    /** A legend band of the colour scale. */
    record Band(String name, String from, String to, String color) {
    }
}
