package cn.districtbudget.ui.department;

import cn.districtbudget.data.catalog.DisclosureSummary;
import cn.districtbudget.ui.shell.Grids;
import cn.districtbudget.ui.shell.Routes;
import cn.districtbudget.ui.shell.Times;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** 修订记录: every revision of the shown department, year and kind; the others link to themselves. */
class RevisionsGrid extends Grid<DisclosureSummary> {

    RevisionsGrid(List<DisclosureSummary> revisions, DisclosureSummary shown, long departmentId, long regionId) {
        setId("revisions");
        addThemeVariants(GridVariant.LUMO_COMPACT);
        addComponentColumn(r -> {
            String label = "第 " + r.revision() + " 版" + (r.current() ? "（当前）" : "");
            if (r.id() == shown.id()) {
                return new Span(label + " · 正在查看");
            }
            return new Anchor(Routes.departmentLink(departmentId, regionId, r.year(), r.id()), label);
        }).setHeader("版本").setAutoWidth(true);
        addColumn(r -> r.fileName() == null ? "" : r.fileName()).setHeader("文件").setAutoWidth(true);
        addColumn(r -> r.importedAt() == null ? "" : Times.format(r.importedAt())).setHeader("导入时间").setAutoWidth(true);
        addColumn(r -> r.importedBy() == null ? "" : r.importedBy()).setHeader("导入人").setAutoWidth(true);
        Grids.amount(this, "支出合计（万元）", DisclosureSummary::totalExpenditure);
        addColumn(DisclosureSummary::findingCount).setHeader("问题数").setTextAlign(ColumnTextAlign.END);
        setItems(revisions);
        setAllRowsVisible(true);
    }
}
