package cn.districtbudget.ui.department;

import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.disclosure.DutyActivity;
import cn.districtbudget.data.department.PagedIndicator;
import cn.districtbudget.ui.shell.Grids;
import cn.districtbudget.ui.shell.Routes;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.math.BigDecimal;
import java.util.List;

/** 绩效目标: the goals, the duty activities and every indicator with its entered result and grade (paired by the store). */
class PerformancePanel extends Div {

    /** {@code resultsLink}: the link to enter results, null for readers who may not enter them. */
    PerformancePanel(Disclosure d, List<PagedIndicator> indicators, String resultsLink) {
        if (!d.performance().goals().isEmpty()) {
            UnorderedList goals = new UnorderedList();
            d.performance().goals().forEach(g -> goals.add(new ListItem(g)));
            add(goals);
        }
        List<DutyActivity> activities = d.performance().activities();
        if (activities.isEmpty()) {
            add(new Span("公开说明中没有绩效目标表。"));
            return;
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
        add(activityGrid);

        Grid<PagedIndicator> grid = new Grid<>();
        grid.setId("indicators");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(PagedIndicator::activity).setHeader("职责活动").setAutoWidth(true).setSortable(true);
        grid.addColumn(r -> r.indicator().name()).setHeader("绩效指标").setAutoWidth(true).setSortable(true);
        grid.addColumn(r -> text(r.indicator().excellent())).setHeader("优");
        grid.addColumn(r -> text(r.indicator().good())).setHeader("良");
        grid.addColumn(r -> text(r.indicator().fair())).setHeader("中");
        grid.addColumn(r -> text(r.indicator().poor())).setHeader("差");
        grid.addColumn(r -> r.actualValue() == null ? "未填报" : plain(r.actualValue()) + (r.unit() == null ? "" : r.unit()))
                .setHeader("实际值").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(PagedIndicator::label).setHeader("等级").setSortable(true);
        grid.setItems(indicators);
        grid.setAllRowsVisible(indicators.size() <= 30);
        add(grid);
        if (resultsLink != null) {
            Anchor results = new Anchor(resultsLink, "录入或导入绩效自评实际值 →");
            results.setId("performance-link");
            add(new Div(results));
        }
    }

    /** 95.0000 as 95, 12.50 as 12.5. */
    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    static String text(String s) {
        return s == null ? "（空）" : s;
    }

    static String resultsLink(long departmentId, int year) {
        return Routes.performanceLink(departmentId, year);
    }
}
