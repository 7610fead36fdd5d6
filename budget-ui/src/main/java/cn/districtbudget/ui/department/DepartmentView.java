package cn.districtbudget.ui.department;

import cn.districtbudget.ui.shell.Times;
import cn.districtbudget.ui.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.core.disclosure.DutyActivity;
import cn.districtbudget.core.disclosure.FixedAssets;
import cn.districtbudget.core.disclosure.Indicator;
import cn.districtbudget.core.disclosure.OperatingCosts;
import cn.districtbudget.core.disclosure.Procurement;
import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.data.catalog.DepartmentCatalog;
import cn.districtbudget.data.catalog.DepartmentSummary;
import cn.districtbudget.data.catalog.DisclosureSummary;
import cn.districtbudget.data.dashboard.DashboardQueries;
import cn.districtbudget.data.dashboard.DepartmentThreePublic;
import cn.districtbudget.data.dashboard.IndicatorGrade;
import cn.districtbudget.ui.chart.ApexChart;
import cn.districtbudget.ui.figures.DashboardCharts;
import cn.districtbudget.ui.shell.Amounts;
import cn.districtbudget.ui.shell.EmptyState;
import cn.districtbudget.ui.shell.Grids;
import cn.districtbudget.ui.shell.MainLayout;
import cn.districtbudget.ui.shell.Panels;
import cn.districtbudget.ui.shell.Routes;
import cn.districtbudget.ui.shell.Selection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One department: header, a year switcher, every section of its disclosure with charts and tables, its findings,
 * earlier revisions and the original text; links to the previous and next department.
 * URL: {@code department/ID?year=YYYY&kind=FINAL_ACCOUNTS&disclosure=REVISION_ID}.
 */
@Route(value = Routes.DEPARTMENT + "/:departmentId", layout = MainLayout.class)
@RolesAllowed({Roles.LEADER, Roles.STAFF, Roles.ADMIN})
public class DepartmentView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String KIND = Routes.KIND;
    static final String DISCLOSURE = Routes.DISCLOSURE;

    private final DepartmentCatalog catalog;
    private final DashboardQueries queries;
    private final AuthenticationContext authentication;
    private String title = "部门 · 部门预算公开看板";
    private DepartmentSummary department;
    private Long regionId;
    private List<DepartmentThreePublic> history = List.of();

    public DepartmentView(DepartmentCatalog catalog, DashboardQueries queries, AuthenticationContext authentication) {
        this.catalog = catalog;
        this.queries = queries;
        this.authentication = authentication;
        addClassName("view");
        setId("department");
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** The id in the address, if it is one ({@code department/abc} or a number too long for a long is not). */
    static Optional<Long> departmentId(String text) {
        if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(text));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        QueryParameters parameters = event.getLocation().getQueryParameters();
        Optional<DepartmentSummary> found = departmentId(event.getRouteParameters().get("departmentId").orElse(""))
                .flatMap(catalog::department);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "没有这个部门。");
            return;
        }
        department = found.get();
        regionId = department.regionId();
        title = department.name() + " · 部门预算公开看板";

        List<DisclosureSummary> all = catalog.disclosures(department.id());
        DisclosureKind kind = Selection.first(parameters, KIND).filter("FINAL_ACCOUNTS"::equals).isPresent()
                ? DisclosureKind.FINAL_ACCOUNTS : DisclosureKind.BUDGET;
        List<DisclosureSummary> current = all.stream().filter(DisclosureSummary::current).filter(s -> s.kind() == kind)
                .sorted(Comparator.comparingInt(DisclosureSummary::year)).toList();
        Integer wantedYear = Selection.intParameter(parameters, Routes.YEAR);
        Long wantedDisclosure = Selection.longParameter(parameters, DISCLOSURE);

        DisclosureSummary shown = all.stream().filter(s -> Objects.equals(s.id(), wantedDisclosure)).findFirst()
                .orElseGet(() -> current.stream().filter(s -> Objects.equals(s.year(), wantedYear)).findFirst()
                        .orElse(current.isEmpty() ? null : current.get(current.size() - 1)));

        add(header(shown, current, all, kind));
        if (shown == null) {
            add(new EmptyState("该部门尚无" + kind.label() + "公开说明。"));
            return;
        }
        Disclosure disclosure = catalog.disclosure(shown.id()).orElse(null);
        if (disclosure == null) {
            add(new EmptyState("无法读取这份公开说明。"));
            return;
        }
        if (wantedYear != null && wantedYear != shown.year() && wantedDisclosure == null) {
            Span note = new Span("该部门 " + wantedYear + " 年没有" + kind.label() + "公开说明，显示 " + shown.year() + " 年。");
            note.addClassName("hint");
            add(note);
        }
        if (!shown.current()) {
            Span note = new Span("正在查看第 " + shown.revision() + " 版（非当前版本）。");
            note.addClassName("rise");
            add(note);
        }
        history = catalog.threePublicHistory(department.id());
        add(sections(disclosure, shown));
    }

    private Component header(DisclosureSummary shown, List<DisclosureSummary> current, List<DisclosureSummary> all, DisclosureKind kind) {
        Div box = new Div();
        H2 name = new H2(department.name());
        name.setId("department-name");
        Div facts = new Div(name);
        facts.addClassName("dept-header");
        addFact(facts, "编码", department.code());
        addFact(facts, "区划", department.regionName());
        addFact(facts, "单位性质", department.nature() == null ? null : department.nature().label());
        addFact(facts, "单位规格", department.rank());
        addFact(facts, "经费保障形式", department.fundingForm() == null ? null : department.fundingForm().label());
        box.add(facts);

        Select<DisclosureSummary> years = new Select<>();
        years.setId("department-year");
        years.setLabel("年度");
        years.setItems(current);
        years.setItemLabelGenerator(s -> s.year() + " 年");
        if (shown != null && shown.current()) {
            years.setValue(shown);
        }
        years.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                Routes.navigate(link(department.id(), e.getValue().year(), kind));
            }
        });
        HorizontalLayout bar = new HorizontalLayout(years);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (all.stream().anyMatch(s -> s.kind() != kind)) {
            DisclosureKind other = kind == DisclosureKind.BUDGET ? DisclosureKind.FINAL_ACCOUNTS : DisclosureKind.BUDGET;
            Anchor switchKind = new Anchor(link(department.id(), shown == null ? null : shown.year(), other), "查看" + other.label());
            switchKind.setId("switch-kind");
            bar.add(switchKind);
        }
        Optional<DepartmentSummary> previous = catalog.previousDepartment(department.id());
        Optional<DepartmentSummary> next = catalog.nextDepartment(department.id());
        Integer year = shown == null ? null : shown.year();
        previous.ifPresent(p -> {
            Anchor a = new Anchor(Routes.departmentLink(p.id(), regionId, year), "← 上一个：" + p.name());
            a.setId("previous-department");
            bar.add(a);
        });
        next.ifPresent(n -> {
            Anchor a = new Anchor(Routes.departmentLink(n.id(), regionId, year), "下一个：" + n.name() + " →");
            a.setId("next-department");
            bar.add(a);
        });
        box.add(bar);
        return box;
    }

    private String link(long departmentId, Integer year, DisclosureKind kind) {
        return Routes.departmentLink(departmentId, regionId, year, kind == DisclosureKind.BUDGET ? null : kind);
    }

    private static void addFact(Div facts, String label, String value) {
        Span fact = new Span(label + "：" + (value == null ? Amounts.NOT_STATED : value));
        fact.addClassName("fact");
        facts.add(fact);
    }

    private Component sections(Disclosure d, DisclosureSummary shown) {
        Div body = new Div();
        Span subtitle = new Span(SectionTables.title(d) + " · 金额单位：万元（原文单位：" + d.unit().label() + "）");
        subtitle.addClassName("hint");
        body.add(subtitle);

        ApexChart revenue = Panels.chart("department-revenue", DashboardCharts.revenueDonut(d.revenue()), "280px");
        ApexChart expenditure = Panels.chart("department-expenditure", DashboardCharts.expenditureDonut(d.expenditure()), "280px");
        body.add(Panels.grid(
                Panels.panel("收入", revenue, figures("revenue-table", SectionTables.revenue(d.revenue()), false)),
                Panels.panel("支出" + priorYearNote(d), expenditure,
                        figures("expenditure-table", SectionTables.expenditure(d.expenditure(), d.priorYearChange()), false))));

        ApexChart threePublic = Panels.chart("department-three-public", DashboardCharts.departmentThreePublicHistory(history), "300px");
        threePublic.addChartClickListener(e -> {
            if (e.getDataPointIndex() >= 0 && e.getDataPointIndex() < history.size()) {
                Routes.navigate(Routes.departmentLink(department.id(), regionId, history.get(e.getDataPointIndex()).year()));
            }
        });
        List<Component> threePublicParts = new ArrayList<>(List.of(figures("three-public-table", SectionTables.threePublic(d.threePublic()), true)));
        if (d.threePublic().meetingFeeRemark() != null) {
            threePublicParts.add(new Div(new Span("会议费：" + d.threePublic().meetingFeeRemark())));
        }
        if (d.threePublic().trainingFeeRemark() != null) {
            threePublicParts.add(new Div(new Span("培训费：" + d.threePublic().trainingFeeRemark())));
        }
        threePublicParts.add(threePublic);
        body.add(Panels.grid(
                Panels.panel("“三公”经费（历年，点击柱切换年度）", threePublicParts.toArray(Component[]::new)),
                Panels.panel("机关运行经费", operatingCosts(d.operatingCosts()))));

        body.add(Panels.panel("绩效目标", performance(d, shown)));
        body.add(Panels.grid(Panels.panel("政府采购", procurement(d.procurement())),
                Panels.panel("国有资产占用", fixedAssets(d.fixedAssets()))));
        body.add(Panels.panel("发现的问题", findings(catalog.findings(shown.id()))));
        body.add(Panels.panel("修订记录", revisions(catalog.revisions(shown.id()), shown)));
        Details original = new Details("原文（点击展开）", originalText(shown.id()));
        original.setId("original-text");
        body.add(Panels.panel("原文", original));
        return body;
    }

    private static String priorYearNote(Disclosure d) {
        Integer prior = d.priorYearChange().priorYear();
        return prior == null ? "" : "（增减对比 " + prior + " 年）";
    }

    private Grid<FigureRow> figures(String id, List<FigureRow> rows, boolean riseIsBad) {
        Grid<FigureRow> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(FigureRow::label).setHeader("项目").setAutoWidth(true);
        Grids.amount(grid, "金额", FigureRow::amount).setSortable(false);
        Grids.change(grid, "比上年增减", FigureRow::change, riseIsBad).setSortable(false);
        grid.addColumn(r -> r.note() == null ? "" : r.note()).setHeader("说明").setFlexGrow(1);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component operatingCosts(OperatingCosts costs) {
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

    private Component performance(Disclosure d, DisclosureSummary shown) {
        Div box = new Div();
        if (!d.performance().goals().isEmpty()) {
            UnorderedList goals = new UnorderedList();
            d.performance().goals().forEach(g -> goals.add(new ListItem(g)));
            box.add(goals);
        }
        List<DutyActivity> activities = d.performance().activities();
        if (activities.isEmpty()) {
            box.add(new Span("公开说明中没有绩效目标表。"));
            return box;
        }
        Grid<DutyActivity> activityGrid = new Grid<>();
        activityGrid.setId("duty-activities");
        activityGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        activityGrid.addColumn(DutyActivity::name).setHeader("职责活动").setAutoWidth(true).setSortable(true);
        Grids.amount(activityGrid, "年度预算（万元）", DutyActivity::budget);
        activityGrid.addColumn(a -> a.indicators().size()).setHeader("指标数").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        activityGrid.addColumn(a -> a.goal() == null ? "" : a.goal()).setHeader("目标").setFlexGrow(1);
        activityGrid.setItems(activities);
        activityGrid.setAllRowsVisible(true);
        box.add(activityGrid);

        List<IndicatorGrade> grades = queries.indicatorGrades(department.id()).stream()
                .filter(g -> g.disclosureId() == shown.id()).toList();
        List<IndicatorRow> rows = new ArrayList<>();
        List<IndicatorGrade> unmatched = new ArrayList<>(grades);
        for (DutyActivity activity : activities) {
            for (Indicator indicator : activity.indicators()) {
                // grades come in published order: the first unmatched one of the same name belongs to this indicator
                IndicatorGrade grade = unmatched.stream().filter(g -> g.indicatorName().equals(indicator.name())).findFirst().orElse(null);
                unmatched.remove(grade);
                rows.add(new IndicatorRow(activity.name(), indicator, grade));
            }
        }
        Grid<IndicatorRow> indicators = new Grid<>();
        indicators.setId("indicators");
        indicators.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        indicators.addColumn(IndicatorRow::activity).setHeader("职责活动").setAutoWidth(true).setSortable(true);
        indicators.addColumn(r -> r.indicator().name()).setHeader("绩效指标").setAutoWidth(true).setSortable(true);
        indicators.addColumn(r -> text(r.indicator().excellent())).setHeader("优");
        indicators.addColumn(r -> text(r.indicator().good())).setHeader("良");
        indicators.addColumn(r -> text(r.indicator().fair())).setHeader("中");
        indicators.addColumn(r -> text(r.indicator().poor())).setHeader("差");
        indicators.addColumn(r -> r.grade() == null || r.grade().actualValue() == null ? "未填报"
                        : plain(r.grade().actualValue()) + (r.grade().unit() == null ? "" : r.grade().unit()))
                .setHeader("实际值").setTextAlign(ColumnTextAlign.END);
        indicators.addColumn(r -> r.grade() == null ? "未评" : r.grade().label()).setHeader("等级").setSortable(true);
        indicators.setItems(rows);
        indicators.setAllRowsVisible(rows.size() <= 30);
        box.add(indicators);
        if (authentication.hasAnyRole("STAFF", "ADMIN")) { // leaders read grades here; only staff enter results
            Anchor results = new Anchor(Routes.performanceLink(department.id(), shown.year()), "录入或导入绩效自评实际值 →");
            results.setId("performance-link");
            box.add(new Div(results));
        }
        return box;
    }

    /** 95.0000 as 95, 12.50 as 12.5. */
    static String plain(java.math.BigDecimal value) {
        java.math.BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static String text(String s) {
        return s == null ? "（空）" : s;
    }

    private Component procurement(Procurement procurement) {
        if (procurement.items().isEmpty()) {
            return new Span(procurement.note() == null ? "公开说明中没有政府采购信息。" : procurement.note());
        }
        Grid<Procurement.Item> grid = new Grid<>();
        grid.setId("procurement");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(i -> text(i.project())).setHeader("项目").setAutoWidth(true);
        grid.addColumn(i -> text(i.itemName())).setHeader("品目").setAutoWidth(true);
        grid.addColumn(i -> i.quantity() == null ? Amounts.NOT_STATED : i.quantity().toPlainString()
                + (i.quantityUnit() == null ? "" : i.quantityUnit())).setHeader("数量").setTextAlign(ColumnTextAlign.END);
        Grids.amount(grid, "金额（万元）", Procurement.Item::amount);
        grid.setItems(procurement.items());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component fixedAssets(FixedAssets assets) {
        Div box = new Div(new Span("截至 " + (assets.asOf() == null ? Amounts.NOT_STATED : assets.asOf().toString())
                + "：资产总数 " + (assets.totalCount() == null ? Amounts.NOT_STATED : assets.totalCount())
                + "，总额 " + Amounts.wanWithUnit(assets.totalValue())));
        if (!assets.categories().isEmpty()) {
            Grid<FixedAssets.Category> grid = new Grid<>();
            grid.setId("fixed-assets");
            grid.addThemeVariants(GridVariant.LUMO_COMPACT);
            grid.addColumn(FixedAssets.Category::name).setHeader("类别").setAutoWidth(true).setFlexGrow(1);
            grid.addColumn(c -> c.count() == null ? Amounts.NOT_STATED : String.valueOf(c.count())).setHeader("数量")
                    .setTextAlign(ColumnTextAlign.END);
            grid.addColumn(c -> c.area() == null ? Amounts.NOT_STATED : c.area().toPlainString()).setHeader("面积（平方米）")
                    .setTextAlign(ColumnTextAlign.END);
            Grids.amount(grid, "价值（万元）", FixedAssets.Category::value);
            grid.setItems(assets.categories());
            grid.setAllRowsVisible(true);
            box.add(grid);
        }
        return box;
    }

    private Component findings(List<Finding> findings) {
        if (findings.isEmpty()) {
            return new Span("未发现问题。");
        }
        Grid<Finding> grid = new Grid<>();
        grid.setId("department-findings");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(f -> {
            Span s = new Span(f.severity().label());
            s.addClassName("severity-" + f.severity().name());
            return s;
        }).setHeader("级别").setAutoWidth(true).setFlexGrow(0).setComparator(Finding::severity);
        grid.addColumn(Finding::rule).setHeader("规则").setAutoWidth(true).setFlexGrow(0).setSortable(true);
        grid.addColumn(f -> f.section().label()).setHeader("部分").setAutoWidth(true).setFlexGrow(0).setSortable(true);
        grid.addColumn(Finding::message).setHeader("说明").setFlexGrow(1);
        grid.addColumn(f -> f.line() == null ? "" : String.valueOf(f.line())).setHeader("行").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(findings);
        grid.setAllRowsVisible(findings.size() <= 15);
        return grid;
    }

    private Component revisions(List<DisclosureSummary> revisions, DisclosureSummary shown) {
        Grid<DisclosureSummary> grid = new Grid<>();
        grid.setId("revisions");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(r -> {
            String label = "第 " + r.revision() + " 版" + (r.current() ? "（当前）" : "");
            if (r.id() == shown.id()) {
                return new Span(label + " · 正在查看");
            }
            return new Anchor(Routes.departmentLink(department.id(), regionId, r.year(), r.id()), label);
        }).setHeader("版本").setAutoWidth(true);
        grid.addColumn(r -> r.fileName() == null ? "" : r.fileName()).setHeader("文件").setAutoWidth(true);
        grid.addColumn(r -> r.importedAt() == null ? "" : Times.format(r.importedAt())).setHeader("导入时间").setAutoWidth(true);
        grid.addColumn(r -> r.importedBy() == null ? "" : r.importedBy()).setHeader("导入人").setAutoWidth(true);
        Grids.amount(grid, "支出合计（万元）", DisclosureSummary::totalExpenditure);
        grid.addColumn(DisclosureSummary::findingCount).setHeader("问题数").setTextAlign(ColumnTextAlign.END);
        grid.setItems(revisions);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component originalText(long disclosureId) {
        Pre pre = new Pre(catalog.originalText(disclosureId).orElse("（原文未保存）"));
        pre.addClassName("original-text");
        return pre;
    }

    /** One row of the indicator table: the published thresholds and, when entered, the result and grade. */
    record IndicatorRow(String activity, Indicator indicator, IndicatorGrade grade) {
    }
}
