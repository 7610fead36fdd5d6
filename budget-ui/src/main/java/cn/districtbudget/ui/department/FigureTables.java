package cn.districtbudget.ui.department;

import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.ui.chart.ApexChart;
import cn.districtbudget.ui.figures.DashboardCharts;
import cn.districtbudget.ui.shell.Grids;
import cn.districtbudget.ui.shell.Panels;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** The revenue and expenditure panels (donut and table), and the figure table they and “三公” share. */
final class FigureTables {

    private FigureTables() {
    }

    static Component revenueAndExpenditure(Disclosure d) {
        ApexChart revenue = Panels.chart("department-revenue", revenueDonut(d), "280px");
        ApexChart expenditure = Panels.chart("department-expenditure", DashboardCharts.expenditureDonut(d.expenditure()), "280px");
        Integer prior = d.priorYearChange().priorYear();
        return Panels.grid(
                Panels.panel("收入", revenue, grid("revenue-table", SectionTables.revenue(d), false)),
                Panels.panel("支出" + (prior == null ? "" : "（增减对比 " + prior + " 年）"), expenditure,
                        grid("expenditure-table", SectionTables.expenditure(d.expenditure(), d.priorYearChange()), false)));
    }

    /** By the template's sources for a final account that states them, else by the sample's four sources. */
    private static com.fasterxml.jackson.databind.node.ObjectNode revenueDonut(Disclosure d) {
        if (!SectionTables.bySources(d)) {
            return DashboardCharts.revenueDonut(d.revenue());
        }
        List<cn.districtbudget.core.disclosure.Concept> stated = SectionTables.FINAL_SOURCES.stream()
                .filter(c -> d.amount(c) != null).toList();
        return DashboardCharts.partsDonut("收入来源（万元）", stated.stream().map(c -> c.label()).toList(),
                stated.stream().map(d::amount).toList(), d.revenue().total());
    }

    static Grid<FigureRow> grid(String id, List<FigureRow> rows, boolean riseIsBad) {
        Grid<FigureRow> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(FigureRow::label).setHeader("项目").setAutoWidth(true);
        Grids.amount(grid, "金额", FigureRow::amount).setSortable(false);
        Grids.change(grid, "比上年增减", FigureRow::change, riseIsBad).setSortable(false);
        grid.addComponentColumn(FigureTables::explanations).setHeader("说明").setKey("explanations").setFlexGrow(1);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** The 说明 cell: what the amount is for and why it changed, each as its own labelled part (either may be absent). */
    static Div explanations(FigureRow row) {
        Div cell = new Div();
        cell.addClassName("figure-explanations");
        part(cell, "用途", "figure-description", row.description());
        part(cell, "增减原因", "figure-change-explanation", row.changeExplanation());
        return cell;
    }

    private static void part(Div cell, String label, String className, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        Span name = new Span(label + "：");
        name.getStyle().set("font-weight", "600");
        Div part = new Div(name, new Span(text));
        part.addClassName(className);
        cell.add(part);
    }
}
