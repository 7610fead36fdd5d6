package cn.districtbudget.ui.shell;

import cn.districtbudget.data.dashboard.DashboardQueries;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;

/**
 * The {@link Selection} of the current navigation, resolved once: {@link MainLayout} refreshes it when a
 * navigation begins (layouts see {@code beforeEnter} before their views), and the view and the layout's selectors
 * read the same one. A call with other parameters (a view outside the layout) resolves afresh.
 */
@SpringComponent
@UIScope
public class NavigationSelection {

    private final DashboardQueries queries;
    private String parameters;
    private Selection selection;

    public NavigationSelection(DashboardQueries queries) {
        this.queries = queries;
    }

    /** Resolves the selection of a navigation that begins now (new data may have been imported since the last). */
    public Selection refresh(QueryParameters parameters) {
        this.parameters = parameters.getQueryString();
        this.selection = Selection.resolve(parameters, queries);
        return selection;
    }

    /** The selection this navigation resolved for these parameters. */
    public Selection of(QueryParameters parameters) {
        if (selection == null || !parameters.getQueryString().equals(this.parameters)) {
            return refresh(parameters);
        }
        return selection;
    }
}
