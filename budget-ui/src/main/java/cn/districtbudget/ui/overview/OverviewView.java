package cn.districtbudget.ui.overview;

import cn.districtbudget.ui.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import cn.districtbudget.core.money.Money;
import cn.districtbudget.data.dashboard.DashboardQueries;
import cn.districtbudget.data.dashboard.DepartmentExpenditure;
import cn.districtbudget.data.dashboard.DistrictTotals;
import cn.districtbudget.data.dashboard.GradeMatrix;
import cn.districtbudget.data.dashboard.ThreePublicRise;
import cn.districtbudget.data.dashboard.ThreePublicYear;
import cn.districtbudget.ui.chart.ApexChart;
import cn.districtbudget.ui.chart.GradeHeatmapMapper;
import cn.districtbudget.ui.figures.DashboardCharts;
import cn.districtbudget.ui.shell.Amounts;
import cn.districtbudget.ui.shell.Cards;
import cn.districtbudget.ui.shell.Grids;
import cn.districtbudget.ui.shell.MainLayout;
import cn.districtbudget.ui.shell.Panels;
import cn.districtbudget.ui.shell.Routes;
import cn.districtbudget.ui.shell.NavigationSelection;
import cn.districtbudget.ui.shell.RegionYearView;
import cn.districtbudget.ui.shell.Selection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import java.util.List;

/**
 * 领导驾驶舱: the region's key figures for a year and its charts. A bar opens its department, a 三公 column
 * opens the 三公 page for that year, a heatmap cell opens the department in that year.
 */
@Menu(title = "领导驾驶舱", order = 1, icon = "vaadin:dashboard")
@Route(value = Routes.OVERVIEW, layout = MainLayout.class)
@RolesAllowed({Roles.LEADER, Roles.STAFF, Roles.ADMIN})
@PageTitle("领导驾驶舱 · 部门预算公开看板")
public class OverviewView extends RegionYearView {

    private final DashboardQueries queries;
    private Selection selection;
    private List<DepartmentExpenditure> expenditure = List.of();
    private List<ThreePublicYear> threePublicYears = List.of();
    private GradeMatrix grades;

    public OverviewView(DashboardQueries queries, NavigationSelection navigationSelection) {
        super("overview", "领导驾驶舱", navigationSelection);
        this.queries = queries;
    }

    @Override
    protected void show(Selection selection, QueryParameters parameters) {
        this.selection = selection;
        long region = selection.regionId();
        int year = selection.year();
        DistrictTotals totals = queries.districtTotals(region, year);
        add(new Span(selection.region().name() + " · " + year + " 年部门预算" + (selection.region().demo() ? "（示例数据）" : "")));
        add(cards(totals));

        expenditure = queries.expenditureByDepartment(region, year);
        List<Integer> years = selection.years();
        threePublicYears = queries.threePublicByYear(region, years.get(0), years.get(years.size() - 1));
        grades = queries.gradeMatrix(region);

        ApexChart revenue = Panels.chart("revenue-donut", DashboardCharts.revenueDonut(queries.revenueBySource(region, year)), "320px");
        revenue.addChartClickListener(e -> UI.getCurrent().navigate(Routes.DEPARTMENTS, Routes.query(selection.parameters())));

        ApexChart bars = Panels.chart("expenditure-bars", DashboardCharts.expenditureBars(expenditure),
                Panels.heightForBars(expenditure.size()));
        bars.addChartClickListener(e -> openDepartment(e.getDataPointIndex()));

        ApexChart trend = Panels.chart("three-public-trend", DashboardCharts.threePublicTrend(threePublicYears, false), "340px");
        trend.addChartClickListener(e -> openThreePublic(e.getDataPointIndex()));

        ApexChart heatmap = Panels.chart("grade-heatmap", DashboardCharts.gradeHeatmap(grades),
                Math.max(320, 22 * grades.departments().size() + 110) + "px");
        heatmap.addChartClickListener(e -> openGradeCell(e.getSeriesIndex(), e.getDataPointIndex()));

        add(Panels.grid(Panels.panel("收入来源（点击查看部门一览）", revenue), Panels.panel("“三公”经费趋势（柱：分项，线：合计）", trend)));
        add(Panels.panel("各部门支出（点击条形查看部门）", bars));
        Div bottom = new Div(Panels.panel(year + " 年“三公”经费上升的部门（只减不增）", risers(queries.threePublicRises(region, year))),
                Panels.panel("绩效等级热力图（未评：尚无自评结果）", heatmap));
        bottom.addClassName("panel-grid");
        add(bottom);
    }

    private Component cards(DistrictTotals totals) {
        Money change = totals.totalChange() != null ? totals.totalChange() : totals.statedTotalChange();
        String changeBasis = totals.totalChange() != null ? "较上年" : "较上年（公开说明所述）";
        Money threePublicChange = totals.threePublicChange() != null ? totals.threePublicChange() : totals.statedThreePublicChange();
        Anchor errors = new Anchor(Routes.qualityLink(selection.regionId(), selection.year(), "ERROR"), "查看");
        return Cards.row(
                Cards.card("total", "预算支出总额（万元）", Amounts.wan(totals.totalExpenditure()),
                        Cards.change(change == null ? "较上年 —" : changeBasis + " " + Amounts.signedWan(change), 0, false)),
                Cards.card("basic-project", "基本支出 / 项目支出占比",
                        Amounts.percent(totals.basicShare()) + " / " + Amounts.percent(totals.projectShare()), null),
                Cards.card("personnel", "人员经费占比", Amounts.percent(totals.personnelShare()), null),
                Cards.card("three-public", "“三公”经费合计（万元）", Amounts.wan(totals.threePublicTotal()),
                        Cards.change("较上年 " + Amounts.signedWan(threePublicChange),
                                threePublicChange == null ? 0 : threePublicChange.signum(), true)),
                Cards.card("departments", "部门数", String.valueOf(totals.departmentCount()), null),
                Cards.card("errors", "未处理的错误", String.valueOf(totals.errorFindingCount()), errors));
    }

    private Component risers(List<ThreePublicRise> rises) {
        if (rises.isEmpty()) {
            Span none = new Span("本年度没有“三公”经费上升的部门。");
            none.addClassName("hint");
            return none;
        }
        Grid<ThreePublicRise> grid = new Grid<>();
        grid.setId("three-public-risers");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(r -> new Anchor(Routes.departmentLink(r.departmentId(), selection.regionId(), r.year()),
                r.departmentName())).setHeader("部门").setAutoWidth(true).setFlexGrow(1)
                .setComparator(ThreePublicRise::departmentName).setSortable(true);
        Grids.amount(grid, "三公合计", ThreePublicRise::total);
        Grids.amount(grid, "上年", ThreePublicRise::priorTotal);
        Grids.change(grid, "增加", ThreePublicRise::change, true);
        grid.addColumn(r -> r.basis().label()).setHeader("依据").setAutoWidth(true);
        grid.setItems(rises);
        grid.setAllRowsVisible(rises.size() <= 12);
        return grid;
    }

    private void openDepartment(int index) {
        if (index >= 0 && index < expenditure.size()) {
            Routes.navigate(Routes.departmentLink(expenditure.get(index).departmentId(), selection.regionId(), selection.year()));
        }
    }

    private void openThreePublic(int index) {
        if (index >= 0 && index < threePublicYears.size()) {
            Routes.navigate(Routes.threePublicLink(selection.regionId(), threePublicYears.get(index).year()));
        }
    }

    private void openGradeCell(int seriesIndex, int dataPointIndex) {
        int row = GradeHeatmapMapper.rowIndex(seriesIndex, grades.departments().size());
        if (row >= 0 && row < grades.departments().size() && dataPointIndex >= 0 && dataPointIndex < grades.years().size()) {
            Routes.navigate(Routes.departmentLink(grades.departments().get(row).id(), selection.regionId(),
                    grades.years().get(dataPointIndex)));
        }
    }
}
