package cn.districtbudget.ui.quality;

import cn.districtbudget.ui.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import cn.districtbudget.core.finding.Severity;
import cn.districtbudget.data.dashboard.DashboardQueries;
import cn.districtbudget.data.dashboard.FindingCounts;
import cn.districtbudget.data.dashboard.FindingFilter;
import cn.districtbudget.data.dashboard.FindingRow;
import cn.districtbudget.ui.findings.FindingsGrid;
import cn.districtbudget.ui.shell.Cards;
import cn.districtbudget.ui.shell.EmptyState;
import cn.districtbudget.ui.shell.MainLayout;
import cn.districtbudget.ui.shell.Routes;
import cn.districtbudget.ui.shell.NavigationSelection;
import cn.districtbudget.ui.shell.RegionYearView;
import cn.districtbudget.ui.shell.Selection;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 数据质量: the findings of the current disclosures of a region, filterable by year, severity, rule and department
 * (all in the URL: {@code quality?region=&year=&severity=ERROR&rule=&department=}); each links to its department
 * and year. {@code year=all} lists every year.
 */
@Menu(title = "数据质量", order = 5, icon = "vaadin:warning")
@Route(value = Routes.QUALITY, layout = MainLayout.class)
@RolesAllowed({Roles.LEADER, Roles.STAFF, Roles.ADMIN})
@PageTitle("数据质量 · 部门预算公开看板")
public class DataQualityView extends RegionYearView {

    static final String SEVERITY = Routes.SEVERITY;
    static final String RULE = "rule";
    static final String DEPARTMENT = Routes.DEPARTMENT_FILTER;
    static final String ALL_YEARS = "all";

    private final DashboardQueries queries;
    private QueryParameters parameters;
    private final FindingsGrid<FindingRow> grid = new FindingsGrid<>("findings", false);

    public DataQualityView(DashboardQueries queries, NavigationSelection navigationSelection) {
        super("quality", "数据质量", navigationSelection);
        this.queries = queries;
    }

    @Override
    protected void show(Selection selection, QueryParameters parameters) {
        this.parameters = parameters;
        boolean allYears = Selection.first(parameters, Routes.YEAR).map(ALL_YEARS::equals).orElse(false);
        Integer year = allYears ? null : selection.year();
        Severity severity = Selection.first(parameters, SEVERITY)
                .flatMap(s -> Arrays.stream(Severity.values()).filter(v -> v.name().equals(s)).findFirst()).orElse(null);
        String rule = Selection.first(parameters, RULE).filter(s -> !s.isBlank()).orElse(null);
        Long department = Selection.longParameter(parameters, DEPARTMENT);

        FindingFilter base = FindingFilter.region(selection.regionId()).withYear(year);
        FindingCounts available = queries.findingCounts(base);
        FindingFilter filter = base.withSeverity(severity).withRule(rule).withDepartment(department);
        FindingCounts counts = queries.findingCounts(filter);

        add(cards(counts));
        add(new QualityFilters(selection, allYears, available, severity, rule, department, this::navigate));
        if (counts.total() == 0) {
            add(new EmptyState(available.total() == 0 ? "所选范围内没有发现问题。" : "没有符合筛选条件的问题。"));
            return;
        }
        add(grid(filter, counts.total(), selection.regionId()));
    }

    private Div cards(FindingCounts counts) {
        List<com.vaadin.flow.component.Component> cards = new ArrayList<>();
        cards.add(Cards.card("findings-total", "问题总数", String.valueOf(counts.total()), null));
        for (Severity severity : Severity.values()) {
            long n = counts.bySeverity().stream().filter(c -> c.key().equals(severity.name()))
                    .mapToLong(FindingCounts.Count::count).sum();
            cards.add(Cards.card("findings-" + severity.name(), severity.label(), String.valueOf(n), null));
        }
        return Cards.row(cards.toArray(com.vaadin.flow.component.Component[]::new));
    }

    /**
     * A lazy grid: each scroll fetches one page in the query's fixed order (ERROR first, then department, year, rule);
     * the filters above narrow the list, so the columns do not sort.
     */
    private Grid<FindingRow> grid(FindingFilter filter, long total, long regionId) {
        grid.removeAllColumns();
        grid.severity(FindingRow::severity).rule(FindingRow::rule);
        grid.addComponentColumn(f -> new Anchor(Routes.departmentLink(f.departmentId(), regionId, f.year(), f.disclosureId()),
                        f.departmentName()))
                .setHeader("部门").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(FindingRow::year).setHeader("年度").setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.section(FindingRow::section).message(FindingRow::message);
        grid.setItems(query -> queries.findings(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(total, Integer.MAX_VALUE));
        grid.setHeight("600px");
        return grid;
    }

    private void navigate(String name, String value) {
        Map<String, List<String>> next = new LinkedHashMap<>(parameters.getParameters());
        if (value == null) {
            next.remove(name);
        } else {
            next.put(name, List.of(value));
        }
        UI.getCurrent().navigate(Routes.QUALITY, new QueryParameters(next));
    }
}
