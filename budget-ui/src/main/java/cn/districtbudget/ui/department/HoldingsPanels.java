package cn.districtbudget.ui.department;

import cn.districtbudget.core.disclosure.FixedAssets;
import cn.districtbudget.core.disclosure.Procurement;
import cn.districtbudget.ui.shell.Amounts;
import cn.districtbudget.ui.shell.Grids;
import cn.districtbudget.ui.shell.Panels;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** 政府采购 beside 国有资产占用. */
final class HoldingsPanels {

    private HoldingsPanels() {
    }

    static Component of(Procurement procurement, FixedAssets assets) {
        return Panels.grid(Panels.panel("政府采购", procurement(procurement)), Panels.panel("国有资产占用", fixedAssets(assets)));
    }

    private static Component procurement(Procurement procurement) {
        if (procurement.items().isEmpty()) {
            return new Span(procurement.note() == null ? "公开说明中没有政府采购信息。" : procurement.note());
        }
        Grid<Procurement.Item> grid = new Grid<>();
        grid.setId("procurement");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(i -> PerformancePanel.text(i.project())).setHeader("项目").setAutoWidth(true);
        grid.addColumn(i -> PerformancePanel.text(i.itemName())).setHeader("品目").setAutoWidth(true);
        grid.addColumn(i -> i.quantity() == null ? Amounts.NOT_STATED : i.quantity().toPlainString()
                + (i.quantityUnit() == null ? "" : i.quantityUnit())).setHeader("数量").setTextAlign(ColumnTextAlign.END);
        Grids.amount(grid, "金额（万元）", Procurement.Item::amount);
        grid.setItems(procurement.items());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Component fixedAssets(FixedAssets assets) {
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
}
