package cn.districtbudget.ui.department;

import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.disclosure.OperatingCosts;
import cn.districtbudget.data.dashboard.DepartmentThreePublic;
import cn.districtbudget.data.department.DepartmentPage;
import cn.districtbudget.ui.chart.ApexChart;
import cn.districtbudget.ui.figures.DashboardCharts;
import cn.districtbudget.ui.shell.Amounts;
import cn.districtbudget.ui.shell.Grids;
import cn.districtbudget.ui.shell.Panels;
import cn.districtbudget.ui.shell.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;

/** “三公” (table, remarks and the history chart whose columns switch the year) beside 机关运行经费. */
final class ThreePublicPanels {

    private ThreePublicPanels() {
    }

    static Component of(DepartmentPage page, Disclosure d) {
        List<DepartmentThreePublic> history = page.threePublicHistory();
        ApexChart chart = Panels.chart("department-three-public", DashboardCharts.departmentThreePublicHistory(history), "300px");
        chart.addChartClickListener(e -> {
            if (e.getDataPointIndex() >= 0 && e.getDataPointIndex() < history.size()) {
                DepartmentThreePublic column = history.get(e.getDataPointIndex());
                Routes.navigate(Routes.departmentLink(page.department().id(), page.department().regionId(),
                        column.year(), column.disclosureId()));
            }
        });
        List<Component> parts = new ArrayList<>(List.of(
                FigureTables.grid("three-public-table", SectionTables.threePublic(d.threePublic()), true)));
        if (d.threePublic().meetingFeeRemark() != null) {
            parts.add(new Div(new Span("会议费：" + d.threePublic().meetingFeeRemark())));
        }
        if (d.threePublic().trainingFeeRemark() != null) {
            parts.add(new Div(new Span("培训费：" + d.threePublic().trainingFeeRemark())));
        }
        parts.add(chart);
        return Panels.grid(
                Panels.panel("“三公”经费（历年，点击柱切换年度）", parts.toArray(Component[]::new)),
                Panels.panel("机关运行经费", operatingCosts(d.operatingCosts())));
    }

    private static Component operatingCosts(OperatingCosts costs) {
        Div box = new Div(new Span("合计：" + Amounts.wanWithUnit(costs.total())));
        if (!costs.items().isEmpty()) {
            Grid<OperatingCosts.Item> grid = new Grid<>();
            grid.setId("operating-costs");
            grid.addThemeVariants(GridVariant.LUMO_COMPACT);
            grid.addColumn(OperatingCosts.Item::name).setHeader("明细").setFlexGrow(1).setSortable(true);
            Grids.amount(grid, "金额（万元）", OperatingCosts.Item::amount);
            grid.setItems(costs.items());
            grid.setAllRowsVisible(true);
            box.add(grid);
        }
        return box;
    }
}
