package cn.districtbudget.ui.threepublic;

import cn.districtbudget.ui.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import cn.districtbudget.core.money.Money;
import cn.districtbudget.data.dashboard.DashboardQueries;
import cn.districtbudget.data.dashboard.DepartmentThreePublic;
import cn.districtbudget.data.dashboard.ThreePublicRise;
import cn.districtbudget.data.dashboard.ThreePublicYear;
import cn.districtbudget.ui.chart.ApexChart;
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
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * “三公”经费: by category across a year range (columns, total as a line), by department for the selected year,
 * each department across the years (a rise in red), and the departments that broke the only-down policy.
 * URL: {@code sangong?region=&year=&from=&to=&mode=share}.
 */
@Menu(title = "“三公”经费", order = 2, icon = "vaadin:car")
@Route(value = Routes.THREE_PUBLIC, layout = MainLayout.class)
@RolesAllowed({Roles.LEADER, Roles.STAFF, Roles.ADMIN})
@PageTitle("“三公”经费 · 部门预算公开看板")
public class ThreePublicView extends RegionYearView {

    static final String FROM = "from";
    static final String TO = "to";
    static final String MODE = "mode";
    static final String SHARE = "share";

    private final DashboardQueries queries;
    private Selection selection;
    private QueryParameters parameters;
    private List<ThreePublicYear> years = List.of();
    private List<DepartmentThreePublic> departmentsOfYear = List.of();

    public ThreePublicView(DashboardQueries queries, NavigationSelection navigationSelection) {
        super("three-public", "“三公”经费", navigationSelection);
        this.queries = queries;
    }

    @Override
    protected void show(Selection selection, QueryParameters parameters) {
        this.selection = selection;
        this.parameters = parameters;
        List<Integer> available = selection.years();
        int from = clamp(Selection.intParameter(parameters, FROM), available.get(0), available);
        int to = clamp(Selection.intParameter(parameters, TO), available.get(available.size() - 1), available);
        if (from > to) {
            int swap = from;
            from = to;
            to = swap;
        }
        boolean share = Selection.first(parameters, MODE).map(SHARE::equals).orElse(false);
        int year = selection.year() < from || selection.year() > to ? to : selection.year();
        long region = selection.regionId();

        add(controls(available, from, to, share));
        years = queries.threePublicByYear(region, from, to);
        List<DepartmentThreePublic> all = queries.threePublicByDepartment(region, from, to);
        int shownYear = year;
        departmentsOfYear = all.stream().filter(r -> r.year() == shownYear)
                .sorted(Comparator.comparing(DepartmentThreePublic::total, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();

        ApexChart trend = Panels.chart("three-public-trend", DashboardCharts.threePublicTrend(years, share), "340px");
        trend.addChartClickListener(e -> {
            if (e.getDataPointIndex() >= 0 && e.getDataPointIndex() < years.size()) {
                navigate(Map.of(Routes.YEAR, years.get(e.getDataPointIndex()).year()));
            }
        });
        ApexChart byDepartment = Panels.chart("three-public-departments",
                DashboardCharts.threePublicDepartmentBars(departmentsOfYear, share), Panels.heightForBars(departmentsOfYear.size()));
        byDepartment.addChartClickListener(e -> {
            if (e.getDataPointIndex() >= 0 && e.getDataPointIndex() < departmentsOfYear.size()) {
                Routes.navigate(Routes.departmentLink(departmentsOfYear.get(e.getDataPointIndex()).departmentId(),
                        selection.regionId(), shownYear));
            }
        });
        add(Panels.grid(Panels.panel("按类别（" + from + "–" + to + " 年，点击柱查看该年各部门）", trend),
                Panels.panel("只减不增：“三公”经费上升的部门", breaches(region, from, to))));
        add(Panels.panel(year + " 年各部门“三公”经费（点击条形查看部门）", byDepartment));
        add(Panels.panel("各部门历年“三公”经费合计（万元，上升标红）", acrossYears(all, from, to)));
    }

    private HorizontalLayout controls(List<Integer> available, int from, int to, boolean share) {
        Select<Integer> fromSelect = new Select<>();
        fromSelect.setId("from-year");
        fromSelect.setLabel("起始年度");
        fromSelect.setItems(available);
        fromSelect.setValue(from);
        fromSelect.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                navigate(Map.of(FROM, e.getValue()));
            }
        });
        Select<Integer> toSelect = new Select<>();
        toSelect.setId("to-year");
        toSelect.setLabel("截止年度");
        toSelect.setItems(available);
        toSelect.setValue(to);
        toSelect.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                navigate(Map.of(TO, e.getValue()));
            }
        });
        RadioButtonGroup<String> mode = new RadioButtonGroup<>("显示");
        mode.setId("mode");
        mode.setItems("绝对值", "占比");
        mode.setValue(share ? "占比" : "绝对值");
        mode.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                navigate(Map.of(MODE, "占比".equals(e.getValue()) ? SHARE : "absolute"));
            }
        });
        HorizontalLayout controls = new HorizontalLayout(fromSelect, toSelect, mode);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        return controls;
    }

    private Div breaches(long region, int from, int to) {
        List<ThreePublicRise> rises = queries.threePublicRises(region, from, to);
        Div box = new Div();
        if (rises.isEmpty()) {
            Span none = new Span("所选年度没有“三公”经费上升的部门。");
            none.addClassName("hint");
            box.add(none);
            return box;
        }
        Grid<ThreePublicRise> grid = new Grid<>();
        grid.setId("three-public-breaches");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ThreePublicRise::year).setHeader("年度").setSortable(true).setAutoWidth(true);
        grid.addComponentColumn(r -> new Anchor(Routes.departmentLink(r.departmentId(), selection.regionId(), r.year()),
                r.departmentName())).setHeader("部门").setAutoWidth(true).setFlexGrow(1).setComparator(ThreePublicRise::departmentName);
        Grids.amount(grid, "合计", ThreePublicRise::total);
        Grids.change(grid, "增加", ThreePublicRise::change, true);
        grid.addColumn(r -> r.basis().label()).setHeader("依据").setAutoWidth(true);
        grid.setItems(rises);
        grid.setHeight("320px");
        box.add(grid);
        return box;
    }

    private Grid<DepartmentRow> acrossYears(List<DepartmentThreePublic> all, int from, int to) {
        Map<Long, DepartmentRow> rows = new LinkedHashMap<>();
        for (DepartmentThreePublic r : all) {
            rows.computeIfAbsent(r.departmentId(), id -> new DepartmentRow(id, r.departmentName(), new LinkedHashMap<>()))
                    .totals().put(r.year(), r.total());
        }
        Grid<DepartmentRow> grid = new Grid<>();
        grid.setId("three-public-by-department");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addComponentColumn(r -> new Anchor(Routes.departmentLink(r.id(), selection.regionId(), selection.year()), r.name()))
                .setHeader("部门").setFrozen(true).setAutoWidth(true).setComparator(DepartmentRow::name);
        for (int y = from; y <= to; y++) {
            int year = y;
            if (!selection.years().contains(year)) {
                continue;
            }
            grid.addComponentColumn(r -> {
                        Money total = r.totals().get(year);
                        Money prior = r.totals().get(year - 1);
                        Span span = Cards.change(Amounts.wan(total),
                                total != null && prior != null ? total.compareTo(prior) : 0, true);
                        span.addClassName("amount");
                        return span;
                    }).setHeader(String.valueOf(year)).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                    .setComparator(Comparator.comparing((DepartmentRow r) -> r.totals().get(year),
                            Comparator.nullsFirst(Comparator.naturalOrder())));
        }
        grid.setItems(new ArrayList<>(rows.values()));
        grid.setHeight("480px");
        return grid;
    }

    private void navigate(Map<String, Object> changed) {
        Map<String, List<String>> next = new LinkedHashMap<>(parameters.getParameters());
        next.put(Routes.REGION, List.of(String.valueOf(selection.regionId())));
        changed.forEach((name, value) -> next.put(name, List.of(String.valueOf(value))));
        UI.getCurrent().navigate(Routes.THREE_PUBLIC, new QueryParameters(next));
    }

    private static int clamp(Integer wanted, int fallback, List<Integer> available) {
        return wanted != null && available.contains(wanted) ? wanted : fallback;
    }

    /** One department's 三公 totals by year. */
    record DepartmentRow(long id, String name, Map<Integer, Money> totals) {
    }
}
