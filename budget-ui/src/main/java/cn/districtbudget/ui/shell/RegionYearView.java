package cn.districtbudget.ui.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;

/**
 * A dashboard page of one region and year (领导驾驶舱, “三公”经费, 绩效热力图, 部门一览, 数据质量): on every navigation
 * it reads the region and year from the address ({@link NavigationSelection}), starts again with its heading and,
 * when nothing is imported yet (or, for the region, no budget: only final accounts), says so instead of
 * {@link #show showing} anything.
 */
public abstract class RegionYearView extends Div implements BeforeEnterObserver {

    private final NavigationSelection navigationSelection;
    private final String heading;

    protected RegionYearView(String id, String heading, NavigationSelection navigationSelection) {
        this.navigationSelection = navigationSelection;
        this.heading = heading;
        addClassName("view");
        setId(id);
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        Selection selection = navigationSelection.of(parameters);
        removeAll();
        add(new H2(heading));
        if (selection.region() != null && selection.years().isEmpty()) {
            add(noBudgetYet(selection));
            return;
        }
        if (selection.isEmpty()) {
            add(EmptyState.nothingImported());
            return;
        }
        show(selection, parameters);
    }

    /** The message when the region's disclosures are all final accounts: the dashboards sum budgets by year. */
    public static final String NO_BUDGET_YET = "该区划尚未导入部门预算：看板按预算年度汇总。已导入的决算可在“部门一览”中进入各部门查看。";

    /** What the page shows for a region with disclosures but no budget yet (a page may add its way on). */
    protected com.vaadin.flow.component.Component noBudgetYet(Selection selection) {
        return new EmptyState(NO_BUDGET_YET);
    }

    /** Adds the page below its heading, for a region and year that have data; {@code parameters}: the whole address. */
    protected abstract void show(Selection selection, QueryParameters parameters);
}
