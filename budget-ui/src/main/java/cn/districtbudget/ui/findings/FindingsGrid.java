package cn.districtbudget.ui.findings;

import cn.districtbudget.core.finding.Section;
import cn.districtbudget.core.finding.Severity;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.ValueProvider;

/**
 * A grid of findings of any row type: the caller adds the columns it shows in its order, each from an accessor.
 * {@code sortable} grids sort in memory (the department page); lazy grids keep their query's order (数据质量).
 */
public class FindingsGrid<T> extends Grid<T> {

    private final boolean sortable;

    public FindingsGrid(String id, boolean sortable) {
        this.sortable = sortable;
        setId(id);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    /** 级别, coloured by severity. */
    public FindingsGrid<T> severity(ValueProvider<T, Severity> severity) {
        Column<T> column = addComponentColumn(f -> {
            Span s = new Span(severity.apply(f).label());
            s.addClassName("severity-" + severity.apply(f).name());
            return s;
        }).setHeader("级别").setAutoWidth(true).setFlexGrow(0);
        if (sortable) {
            column.setComparator(severity);
        }
        return this;
    }

    public FindingsGrid<T> rule(ValueProvider<T, String> rule) {
        addColumn(rule).setHeader("规则").setAutoWidth(true).setFlexGrow(0).setSortable(sortable);
        return this;
    }

    public FindingsGrid<T> section(ValueProvider<T, Section> section) {
        addColumn(f -> section.apply(f).label()).setHeader("部分").setAutoWidth(true).setFlexGrow(0)
                .setSortable(sortable);
        return this;
    }

    public FindingsGrid<T> message(ValueProvider<T, String> message) {
        addColumn(message).setHeader("说明").setFlexGrow(1);
        return this;
    }

    /** 行: the line of the text, blank when the finding has none. */
    public FindingsGrid<T> line(ValueProvider<T, Integer> line) {
        addColumn(f -> line.apply(f) == null ? "" : String.valueOf(line.apply(f))).setHeader("行")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        return this;
    }
}
