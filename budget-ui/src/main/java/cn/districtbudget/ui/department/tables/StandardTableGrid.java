package cn.districtbudget.ui.department.tables;

import cn.districtbudget.core.finding.Severity;
import cn.districtbudget.core.tables.RowLevel;
import cn.districtbudget.core.tables.StandardTable;
import cn.districtbudget.core.tables.TableColumn;
import cn.districtbudget.core.tables.TableFinding;
import cn.districtbudget.core.tables.TableKind;
import cn.districtbudget.core.tables.TableRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One standard table as a grid (one grid per side of a 收支总表): the code column indented by level (类/款/项), the
 * table's unit above it, each column of figures right-aligned exactly as printed (blank stays blank), cells a
 * finding points at marked by colour with the finding's message as tooltip, and the table's findings listed below;
 * a finding's button scrolls to its cell and highlights it ({@link #focus}).
 */
public class StandardTableGrid extends Div {

    private final StandardTable table;
    private final List<TableFinding> findings;
    private final Map<TableFinding, CellPlace> places = new LinkedHashMap<>();
    private final Map<Integer, Grid<TableRow>> grids = new LinkedHashMap<>();
    private CellPlace focused;

    /** {@code findings}: those about this table (see {@link TableFindings#of}); the ones placed on a cell are marked. */
    public StandardTableGrid(StandardTable table, List<TableFinding> findings) {
        this.table = table;
        this.findings = List.copyOf(findings);
        this.findings.forEach(f -> TableFindings.place(table, f).ifPresent(p -> places.put(f, p)));
        addClassName("standard-table");
        Span unit = new Span(TableFigures.unit(table));
        unit.addClassName("table-unit");
        add(unit);
        for (int side = 0; side < Math.max(1, table.sideCount()); side++) {
            if (table.sideCount() > 1) {
                add(new H4(sideLabel(side)));
            }
            Grid<TableRow> grid = newGrid(side);
            grids.put(side, grid);
            add(grid);
        }
        if (table.emptyStatement() != null) {
            Span note = new Span(table.emptyStatement());
            note.addClassName("table-empty-statement");
            add(note);
        }
        add(findingsList());
    }

    public StandardTable table() {
        return table;
    }

    /** The grid of a side (0 for a one-sided table). */
    public Grid<TableRow> grid(int side) {
        return grids.get(side);
    }

    /** The findings about this table, in the order given. */
    public List<TableFinding> findings() {
        return findings;
    }

    /** The cell a finding is marked on, or empty when it points at no row of this table. */
    public Optional<CellPlace> placeOf(TableFinding finding) {
        return Optional.ofNullable(places.get(finding));
    }

    /** The highlighted cell (after {@link #focus}), or null. */
    public CellPlace focused() {
        return focused;
    }

    /** Scrolls to the finding's cell, selects its row and highlights the cell; false when it has no place here. */
    public boolean focus(TableFinding finding) {
        CellPlace place = places.get(finding);
        if (place == null) {
            return false;
        }
        CellPlace before = focused;
        focused = place;
        Grid<TableRow> grid = grids.get(place.row().side());
        if (before != null) {
            grids.get(before.row().side()).getDataProvider().refreshItem(before.row());
        }
        grid.getDataProvider().refreshItem(place.row());
        grid.select(place.row());
        grid.scrollToIndex(table.rows(place.row().side()).indexOf(place.row()));
        // the focused cell itself (a rendered child of the grid) into the middle of the window, once it is drawn
        grid.getElement().executeJs("setTimeout(() => { const c = this.querySelector('.cell-focused');"
                + " (c || this).scrollIntoView({block: 'center'}); }, 250)");
        return true;
    }

    private String sideLabel(int side) {
        if (table.kind().shape() == TableKind.TableShape.TWO_SIDED) {
            return side == 0 ? "收入" : side == 1 ? "支出" : "第" + (side + 1) + "部分";
        }
        return "第" + (side + 1) + "部分";
    }

    private Grid<TableRow> newGrid(int side) {
        Grid<TableRow> grid = new Grid<>();
        grid.addClassName("standard-table-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setSelectionMode(Grid.SelectionMode.SINGLE);
        List<TableRow> rows = table.rows(side);
        grid.addComponentColumn(row -> label(row, row.code(), false)).setHeader("编码").setKey("code")
                .setAutoWidth(true).setFlexGrow(0).setFrozen(true)
                .setVisible(rows.stream().anyMatch(r -> r.code() != null && !r.code().isBlank())); // 收支总表: no codes
        grid.addComponentColumn(row -> label(row, row.name(), true)).setHeader("项目").setKey("name")
                .setAutoWidth(true).setFlexGrow(1).setFrozen(true)
                .setTooltipGenerator(row -> tooltip(row, null));
        for (TableColumn column : table.columns(side)) {
            grid.addComponentColumn(row -> figure(row, column)).setHeader(column.fullLabel()).setKey(key(column))
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0)
                    .setTooltipGenerator(row -> tooltip(row, column));
        }
        grid.setItems(rows);
        if (rows.size() <= 40) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("520px");
        }
        return grid;
    }

    /** The key of a column of figures in its grid: {@code c} and the column's index in the table. */
    public static String key(TableColumn column) {
        return "c" + column.index();
    }

    /** The code or the name of a row, indented by its level; a finding on the whole row marks the name. */
    private Span label(TableRow row, String text, boolean name) {
        Span span = new Span(text == null ? "" : text);
        span.getStyle().set("padding-left", TableFigures.indent(row.level()) * 1.5 + "em");
        if (row.level() == RowLevel.TOTAL || row.level() == RowLevel.CLASS) {
            span.getStyle().set("font-weight", "600");
        }
        if (name) {
            mark(span, row, null);
        }
        return span;
    }

    private Span figure(TableRow row, TableColumn column) {
        Span span = new Span(TableFigures.text(row.cell(column.index())));
        span.addClassName("table-figure");
        span.getStyle().set("font-variant-numeric", "tabular-nums").set("white-space", "nowrap");
        mark(span, row, column);
        return span;
    }

    private void mark(Span span, TableRow row, TableColumn column) {
        List<TableFinding> here = findingsAt(row, column);
        if (!here.isEmpty()) {
            Severity worst = here.stream().map(TableFinding::severity).min(Enum::compareTo).orElseThrow();
            span.addClassNames("cell-finding", "cell-" + worst.name().toLowerCase(java.util.Locale.ROOT));
            span.getStyle().set("background", colour(worst)).set("padding", "0 0.25em").set("border-radius", "3px");
        }
        if (focused != null && focused.row().equals(row) && java.util.Objects.equals(focused.column(), column)) {
            span.addClassName("cell-focused");
            span.getStyle().set("outline", "2px solid var(--lumo-primary-color)");
        }
    }

    private static String colour(Severity severity) {
        return switch (severity) {
            case ERROR -> "var(--lumo-error-color-10pct)";
            case WARNING -> "var(--lumo-warning-color-10pct, rgba(255, 166, 0, 0.2))";
            default -> "var(--lumo-primary-color-10pct)";
        };
    }

    private List<TableFinding> findingsAt(TableRow row, TableColumn column) {
        List<TableFinding> here = new ArrayList<>();
        places.forEach((finding, place) -> {
            if (place.row().equals(row) && java.util.Objects.equals(place.column(), column)) {
                here.add(finding);
            }
        });
        return here;
    }

    private String tooltip(TableRow row, TableColumn column) {
        List<TableFinding> here = findingsAt(row, column);
        if (here.isEmpty()) {
            return null;
        }
        return here.stream().map(f -> f.severity().label() + " " + f.rule() + "：" + f.message())
                .collect(Collectors.joining("\n"));
    }

    private Div findingsList() {
        Div list = new Div();
        list.addClassName("table-findings");
        if (findings.isEmpty()) {
            list.add(new Span("本表未发现问题。"));
            return list;
        }
        list.add(new H4("本表的问题（" + findings.size() + "）"));
        for (TableFinding finding : findings) {
            Div item = new Div();
            item.addClassName("table-finding");
            Span severity = new Span(finding.severity().label());
            severity.getElement().getThemeList().add("badge " + badge(finding.severity()));
            Span rule = new Span(finding.rule());
            rule.getStyle().set("margin", "0 0.5em").set("font-family", "monospace");
            item.add(severity, rule);
            if (places.containsKey(finding)) {
                Button link = new Button(finding.message(), e -> focus(finding));
                link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                link.addClassName("table-finding-link");
                link.getElement().setAttribute("title", "定位到表中的单元格");
                item.add(link);
            } else {
                item.add(new Span(finding.message()));
            }
            if (finding.evidence() != null) {
                Span where = new Span("（" + finding.evidence().describe() + "）");
                where.getStyle().set("color", "var(--lumo-secondary-text-color)");
                item.add(where);
            }
            list.add(item);
        }
        return list;
    }

    private static String badge(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "contrast";
            default -> "";
        };
    }
}
