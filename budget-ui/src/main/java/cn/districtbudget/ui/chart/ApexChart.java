package cn.districtbudget.ui.chart;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

/**
 * A chart drawn in the browser by ApexCharts. Options are plain JSON (built by the mappers in this package);
 * clicks on a bar, slice or heatmap cell arrive as {@link ChartClickEvent}.
 */
@Tag("apex-chart")
@NpmPackage(value = "apexcharts", version = "5.3.6")
@JsModule("./apex-chart.ts")
public class ApexChart extends Component implements HasSize, HasStyle {

    private ObjectNode options;

    public ApexChart() {
        setWidthFull();
        setHeight("320px");
    }

    public ApexChart(ObjectNode options) {
        this();
        setOptions(options);
    }

    /**
     * Sets the options; what goes to the browser has every text made inert ({@link ChartText}), whichever mapper
     * built them: a name from a document can never become HTML in a tooltip or legend.
     */
    public void setOptions(ObjectNode options) {
        this.options = options.deepCopy();
        getElement().setProperty("options", ChartText.inert(options).toString());
    }

    /** The options last set, as the mapper built them (a copy; the browser gets them with inert texts). */
    public ObjectNode getOptions() {
        return options == null ? null : options.deepCopy();
    }

    public Registration addChartClickListener(ComponentEventListener<ChartClickEvent> listener) {
        return addListener(ChartClickEvent.class, listener);
    }
}
