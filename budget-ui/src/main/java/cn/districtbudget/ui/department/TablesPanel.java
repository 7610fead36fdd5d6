package cn.districtbudget.ui.department;

import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.tables.StandardTable;
import cn.districtbudget.core.tables.TableFinding;
import cn.districtbudget.data.department.PageTable;
import cn.districtbudget.ui.department.tables.DisclosureTablesSection;
import cn.districtbudget.ui.findings.FindingsGrid;
import cn.districtbudget.ui.shell.Panels;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * 标准表: the shown disclosure's stored standard tables ({@link PageTable}, from the page's one read) as a
 * {@link DisclosureTablesSection} — one part per table, its grid built when first opened, findings marked on their
 * cells — and the link from the page's findings grid to a finding's cell.
 */
final class TablesPanel {

    private final List<PageTable> tables;
    private final DisclosureTablesSection section;

    private TablesPanel(List<PageTable> tables) {
        this.tables = tables;
        List<StandardTable> read = tables.stream().map(PageTable::table).toList();
        List<TableFinding> findings = tables.stream().flatMap(t -> t.findings().stream())
                .map(PageTable.LinkedFinding::finding).distinct().toList();
        section = new DisclosureTablesSection(read, findings);
        section.setId("standard-tables");
    }

    /** The panel's content, or empty when the disclosure has no stored tables (a text without tables). */
    static Optional<TablesPanel> of(List<PageTable> tables) {
        return tables.isEmpty() ? Optional.empty() : Optional.of(new TablesPanel(tables));
    }

    DisclosureTablesSection section() {
        return section;
    }

    /** The titled panel: which files the tables were read from, then one part per table. */
    Div panel() {
        String files = tables.stream().map(PageTable::sourceFile).distinct().collect(Collectors.joining("、"));
        Span from = new Span("共 " + tables.size() + " 张表，读自 " + files + "；点开表名查看，标色的单元格有问题（悬停看说明）。");
        from.addClassName("hint");
        from.setId("standard-tables-source");
        return Panels.panel("标准表", from, section);
    }

    /** A column 表中位置 on the page's findings: a finding of a table with a cell gets a link that opens the cell. */
    void linkFrom(FindingsGrid<Finding> grid) {
        grid.addComponentColumn(f -> section.placed(f).<com.vaadin.flow.component.Component>map(placed -> {
            Button link = new Button("定位到表格", e -> section.focus(placed));
            link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            link.addClassName("finding-table-link");
            return link;
        }).orElseGet(Span::new)).setHeader("表中位置").setKey("table-link").setAutoWidth(true).setFlexGrow(0);
    }
}
