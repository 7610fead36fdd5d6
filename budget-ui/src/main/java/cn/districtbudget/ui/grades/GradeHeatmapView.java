package cn.districtbudget.ui.grades;

import cn.districtbudget.ui.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import cn.districtbudget.data.dashboard.DashboardQueries;
import cn.districtbudget.data.dashboard.GradeMatrix;
import cn.districtbudget.data.dashboard.IndicatorGrade;
import cn.districtbudget.ui.chart.ApexChart;
import cn.districtbudget.ui.chart.GradeHeatmapMapper;
import cn.districtbudget.ui.figures.DashboardCharts;
import cn.districtbudget.ui.shell.MainLayout;
import cn.districtbudget.ui.shell.Panels;
import cn.districtbudget.ui.shell.Routes;
import cn.districtbudget.ui.shell.NavigationSelection;
import cn.districtbudget.ui.shell.RegionYearView;
import cn.districtbudget.ui.shell.Selection;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import java.util.List;

/**
 * 绩效热力图: departments x years (colour per grade, 未评 in grey, distinct from 差). A click on a cell shows that
 * department's indicators x years below ({@code kpi?department=ID}); a click there opens the department in that year.
 */
@Menu(title = "绩效热力图", order = 3, icon = "vaadin:grid-small")
@Route(value = Routes.GRADES, layout = MainLayout.class)
@RolesAllowed({Roles.LEADER, Roles.STAFF, Roles.ADMIN})
@PageTitle("绩效热力图 · 部门预算公开看板")
public class GradeHeatmapView extends RegionYearView {

    static final String DEPARTMENT = Routes.DEPARTMENT_FILTER;

    private final DashboardQueries queries;
    private Selection selection;
    private GradeMatrix matrix;
    private List<String> indicatorRows = List.of();
    private List<Integer> indicatorYears = List.of();

    public GradeHeatmapView(DashboardQueries queries, NavigationSelection navigationSelection) {
        super("grades", "绩效等级热力图", navigationSelection);
        this.queries = queries;
    }

    @Override
    protected void show(Selection selection, QueryParameters parameters) {
        this.selection = selection;
        add(legend());
        matrix = queries.gradeMatrix(selection.regionId());
        ApexChart departments = Panels.chart("grade-heatmap", DashboardCharts.gradeHeatmap(matrix),
                Math.max(320, 22 * matrix.departments().size() + 110) + "px");
        departments.addChartClickListener(e -> {
            int row = GradeHeatmapMapper.rowIndex(e.getSeriesIndex(), matrix.departments().size());
            if (row >= 0 && row < matrix.departments().size()) {
                Routes.navigate(Routes.gradesLink(selection.regionId(), selection.year(), matrix.departments().get(row).id()));
            }
        });
        add(Panels.panel("部门 × 年度（点击格子查看该部门的指标）", departments));

        Long departmentId = Selection.longParameter(parameters, DEPARTMENT);
        matrix.departments().stream().filter(d -> departmentId != null && d.id() == departmentId).findFirst()
                .ifPresent(this::showIndicators);
    }

    private void showIndicators(GradeMatrix.DepartmentRef department) {
        List<IndicatorGrade> grades = queries.indicatorGrades(department.id());
        Anchor link = new Anchor(Routes.departmentLink(department.id(), selection.regionId(), selection.year()), "打开部门页面");
        if (grades.isEmpty()) {
            add(Panels.panel(department.name() + "：指标 × 年度", new Span("该部门的公开说明没有绩效指标。"), link));
            return;
        }
        indicatorRows = DashboardCharts.indicatorRows(grades);
        indicatorYears = DashboardCharts.indicatorYears(grades);
        ApexChart indicators = Panels.chart("indicator-heatmap", DashboardCharts.indicatorHeatmap(grades),
                Math.max(320, 24 * indicatorRows.size() + 110) + "px");
        indicators.addChartClickListener(e -> {
            if (e.getDataPointIndex() >= 0 && e.getDataPointIndex() < indicatorYears.size()) {
                Routes.navigate(Routes.departmentLink(department.id(), selection.regionId(),
                        indicatorYears.get(e.getDataPointIndex())));
            }
        });
        add(Panels.panel(department.name() + "：指标 × 年度（悬停查看评价标准与实际值）", link, indicators));
    }

    private Div legend() {
        Div legend = new Div();
        legend.addClassName("legend");
        legend.setId("grade-legend");
        for (String[] band : GradeHeatmapMapper.legend()) {
            Span swatch = new Span();
            swatch.addClassName("swatch");
            swatch.getStyle().set("background", band[1]);
            legend.add(new Span(swatch, new Span(band[0])));
        }
        Span note = new Span("部门等级为已评指标的平均分（优 4、良 3、中 2、差 1）；未评：尚无自评结果或实际值不在任何等级范围内，不等于“差”。");
        note.addClassName("hint");
        legend.add(note);
        return legend;
    }
}
