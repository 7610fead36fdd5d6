package cn.districtbudget.ui.shell;

import cn.districtbudget.ui.chart.ApexChart;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

/** Titled panels and sized charts, laid out the same way on every page. */
public final class Panels {

    private Panels() {
    }

    /** A chart inside a titled panel: the panel carries the title, so the chart's own is dropped. */
    public static ApexChart chart(String id, ObjectNode options, String height) {
        ObjectNode untitled = options.deepCopy();
        untitled.remove("title");
        ApexChart chart = new ApexChart(untitled);
        chart.setId(id);
        chart.setHeight(height);
        return chart;
    }

    /** A chart of horizontal bars, tall enough for {@code bars} bars. */
    public static String heightForBars(int bars) {
        return Math.max(320, 26 * bars + 90) + "px";
    }

    public static Div panel(String title, Component... content) {
        Div panel = new Div(new H3(title));
        panel.add(content);
        panel.addClassName("panel");
        return panel;
    }

    public static Div grid(Component... panels) {
        Div grid = new Div(panels);
        grid.addClassName("panel-grid");
        return grid;
    }
}
