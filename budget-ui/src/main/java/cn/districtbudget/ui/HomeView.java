package cn.districtbudget.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** Placeholder until the dashboards land. */
@Route("")
@PageTitle("部门预算公开看板")
public class HomeView extends VerticalLayout {
    public HomeView() {
        add(new H1("部门预算公开看板"));
    }
}
