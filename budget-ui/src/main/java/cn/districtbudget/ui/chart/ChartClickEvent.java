package cn.districtbudget.ui.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** A click on a bar, slice or heatmap cell: which series, which data point, and its category or label. */
@DomEvent("chart-click")
public class ChartClickEvent extends ComponentEvent<ApexChart> {

    private final int seriesIndex;
    private final int dataPointIndex;
    private final String category;
    private final String seriesName;

    public ChartClickEvent(ApexChart source, boolean fromClient,
                           @EventData("event.detail.seriesIndex") int seriesIndex,
                           @EventData("event.detail.dataPointIndex") int dataPointIndex,
                           @EventData("event.detail.category") String category,
                           @EventData("event.detail.seriesName") String seriesName) {
        super(source, fromClient);
        this.seriesName = seriesName;
        this.seriesIndex = seriesIndex;
        this.dataPointIndex = dataPointIndex;
        this.category = category;
    }

    public int getSeriesIndex() {
        return seriesIndex;
    }

    public int getDataPointIndex() {
        return dataPointIndex;
    }

    /** The category (bar), label (slice) or column (heatmap cell) clicked. */
    public String getCategory() {
        return category;
    }

    /** The name of the series clicked (empty for a donut). */
    public String getSeriesName() {
        return seriesName;
    }
}
