package cn.districtbudget.ui.chart;

import java.util.List;

/** One heatmap row (e.g. a department or an indicator) with its cells, in column order. */
public record HeatmapRow(String name, List<HeatmapCell> cells) {

    public HeatmapRow {
        cells = List.copyOf(cells);
    }
}
