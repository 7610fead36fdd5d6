package cn.districtbudget.ui.chart;

import java.math.BigDecimal;

/**
 * One heatmap cell: its column (e.g. a year), a grade score from 1 (差) to 4 (优) or null when not graded (未评),
 * and the text shown on hover (threshold texts, actual value).
 */
public record HeatmapCell(String column, BigDecimal score, String description) {
}
