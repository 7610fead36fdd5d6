package cn.districtbudget.ui.department.tables;

import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.tables.StandardTable;
import cn.districtbudget.core.tables.TableFinding;
import cn.districtbudget.core.tables.TableReadResult;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A disclosure's standard tables, one collapsible part ({@link Details}) per table in document order, its summary
 * the table's title, unit and number of findings; a part's grid ({@link StandardTableGrid}) is built only when the
 * part is first opened. Findings that concern no table (the file as a whole) are listed above the parts.
 */
public class DisclosureTablesSection extends Div {

    private final List<StandardTable> tables;
    private final List<Details> parts = new ArrayList<>();
    private final List<List<TableFinding>> findingsOfPart = new ArrayList<>();
    private final List<StandardTableGrid> built = new ArrayList<>();

    /** {@code findings}: all the table findings of the disclosure's files; each part gets those about its table. */
    public DisclosureTablesSection(List<StandardTable> tables, List<TableFinding> findings) {
        this.tables = List.copyOf(tables);
        addClassName("disclosure-tables");
        for (TableFinding finding : TableFindings.ofNoTable(this.tables, findings)) {
            Span line = new Span(finding.severity().label() + " " + finding.rule() + "：" + finding.message());
            line.addClassName("file-finding");
            line.getStyle().set("display", "block");
            add(line);
        }
        if (this.tables.isEmpty()) {
            Span none = new Span("未读取到标准表。");
            none.addClassName("no-tables");
            add(none);
            return;
        }
        for (int i = 0; i < this.tables.size(); i++) {
            StandardTable table = this.tables.get(i);
            List<TableFinding> own = TableFindings.of(table, this.tables, findings);
            Details part = new Details(summary(table, own));
            part.setId("standard-table-" + i);
            part.addClassName("standard-table-part");
            part.setWidthFull();
            part.addOpenedChangeListener(e -> {
                if (e.isOpened()) {
                    grid(part, table, own);
                }
            });
            parts.add(part);
            findingsOfPart.add(own);
            add(part);
        }
    }

    /** The tables of one file as read by {@code TableReader.read}. */
    public static DisclosureTablesSection of(TableReadResult result) {
        return new DisclosureTablesSection(result.tables(), result.findings());
    }

    /**
     * Opens the part of the finding's table (building its grid), scrolls to the finding's cell and highlights it;
     * false when the finding is marked on no cell of these tables.
     */
    public boolean focus(TableFinding finding) {
        for (int i = 0; i < parts.size(); i++) {
            if (findingsOfPart.get(i).contains(finding)
                    && TableFindings.place(tables.get(i), finding).isPresent()) {
                Details part = parts.get(i);
                part.setOpened(true);
                return grid(part, tables.get(i), findingsOfPart.get(i)).focus(finding);
            }
        }
        return false;
    }

    /** The finding of a table shown here that the disclosure's finding was made from (its rule and message), if any. */
    public Optional<TableFinding> placed(Finding finding) {
        for (int i = 0; i < parts.size(); i++) {
            for (TableFinding own : findingsOfPart.get(i)) {
                Finding asFinding = own.toFinding();
                if (asFinding.rule().equals(finding.rule()) && asFinding.message().equals(finding.message())
                        && TableFindings.place(tables.get(i), own).isPresent()) {
                    return Optional.of(own);
                }
            }
        }
        return Optional.empty();
    }

    private StandardTableGrid grid(Details part, StandardTable table, List<TableFinding> own) {
        Optional<StandardTableGrid> existing = part.getContent().filter(StandardTableGrid.class::isInstance)
                .map(StandardTableGrid.class::cast).findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        StandardTableGrid grid = new StandardTableGrid(table, own);
        built.add(grid);
        part.add(grid);
        return grid;
    }

    /** The collapsible part of each table, in order. */
    public List<Details> parts() {
        return List.copyOf(parts);
    }

    /** The grids built so far (one per part opened at least once). */
    public List<StandardTableGrid> builtGrids() {
        return List.copyOf(built);
    }

    private static String summary(StandardTable table, List<TableFinding> findings) {
        String title = table.title() == null || table.title().isBlank() ? table.kind().standardName() : table.title();
        return title + " · " + TableFigures.unit(table) + (findings.isEmpty() ? "" : " · " + findings.size() + " 个问题");
    }
}
