package cn.districtbudget.ui.departments;

import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.ui.shell.EmptyState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import cn.districtbudget.ui.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import cn.districtbudget.data.catalog.DepartmentCatalog;
import cn.districtbudget.data.catalog.DepartmentListRow;
import cn.districtbudget.data.catalog.DepartmentSummary;
import cn.districtbudget.ui.shell.Grids;
import cn.districtbudget.ui.shell.MainLayout;
import cn.districtbudget.ui.shell.Routes;
import cn.districtbudget.ui.shell.NavigationSelection;
import cn.districtbudget.ui.shell.RegionYearView;
import cn.districtbudget.ui.shell.Selection;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import java.util.List;

/** 部门一览: every department of the region with its expenditure split for the selected year; sortable, filterable. */
@Menu(title = "部门一览", order = 4, icon = "vaadin:building")
@Route(value = Routes.DEPARTMENTS, layout = MainLayout.class)
@RolesAllowed({Roles.LEADER, Roles.STAFF, Roles.ADMIN})
@PageTitle("部门一览 · 部门预算公开看板")
public class DepartmentsView extends RegionYearView {

    private final DepartmentCatalog catalog;

    public DepartmentsView(DepartmentCatalog catalog, NavigationSelection navigationSelection) {
        super("departments", "部门一览", navigationSelection);
        this.catalog = catalog;
    }

    @Override
    protected void show(Selection selection, QueryParameters parameters) {
        List<DepartmentListRow> rows = catalog.departmentList(selection.regionId(), selection.year());

        Grid<DepartmentListRow> grid = new Grid<>();
        grid.setId("department-list");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> r.department().code() == null ? "" : r.department().code()).setHeader("编码").setSortable(true).setAutoWidth(true);
        grid.addComponentColumn(r -> new Anchor(Routes.departmentLink(r.department().id(), selection.regionId(), selection.year()),
                r.department().name())).setHeader("部门").setAutoWidth(true).setFlexGrow(1)
                .setComparator(r -> r.department().name());
        grid.addColumn(r -> r.department().nature() == null ? "" : r.department().nature().label()).setHeader("性质").setSortable(true);
        Grids.amount(grid, selection.year() + " 年支出合计", DepartmentListRow::total);
        Grids.amount(grid, "人员经费", DepartmentListRow::personnel);
        Grids.amount(grid, "日常公用经费", DepartmentListRow::publicUse);
        Grids.amount(grid, "项目支出", DepartmentListRow::project);
        grid.setItems(rows);
        grid.setHeight("640px");

        TextField filter = new TextField();
        filter.setId("department-filter");
        filter.setPlaceholder("按名称或编码筛选");
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> grid.setItems(rows.stream().filter(r -> matches(r.department(), e.getValue())).toList()));
        add(filter, grid);
    }

    /** A region with final accounts only: each department's link opens its final accounts. */
    @Override
    protected Component noBudgetYet(Selection selection) {
        Div list = new Div(new EmptyState(NO_BUDGET_YET));
        list.setId("final-accounts-only");
        for (DepartmentSummary department : catalog.departments(selection.regionId())) {
            Anchor link = new Anchor(Routes.departmentLink(department.id(), selection.regionId(), null,
                    DisclosureKind.FINAL_ACCOUNTS), department.name());
            list.add(new Div(link));
        }
        return list;
    }

    static boolean matches(DepartmentSummary department, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String t = text.trim();
        return department.name().contains(t) || (department.code() != null && department.code().contains(t));
    }
}
