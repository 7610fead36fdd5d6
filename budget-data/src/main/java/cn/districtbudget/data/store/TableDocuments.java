package cn.districtbudget.data.store;

import cn.districtbudget.core.finding.Severity;
import cn.districtbudget.core.money.Money;
import cn.districtbudget.core.money.MoneyUnit;
import cn.districtbudget.core.tables.Evidence;
import cn.districtbudget.core.tables.Measure;
import cn.districtbudget.core.tables.RowLevel;
import cn.districtbudget.core.tables.StandardTable;
import cn.districtbudget.core.tables.TableCell;
import cn.districtbudget.core.tables.TableColumn;
import cn.districtbudget.core.tables.TableFinding;
import cn.districtbudget.core.tables.TableKind;
import cn.districtbudget.core.tables.TableReadResult;
import cn.districtbudget.core.tables.TableRow;
import cn.districtbudget.data.department.PageTable;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A stored table as one JSON document ({@code disclosure_table.content}): {@code columns} (index, label, group, measure,
 * side), {@code rows} (index, side, code, name, level, evidence, {@code cells}: one per column, null for a blank cell
 * or another side's column, else raw, number and money as exact decimal strings, evidence) and {@code findings} (rule,
 * severity, message, evidence, row, column). Numbers are strings so that their scale reads back exactly.
 */
final class TableDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TableDocuments() {
    }

    /** The tables of a file with the findings that concern each (by evidence), in document order. */
    static List<List<PageTable.LinkedFinding>> link(TableReadResult result) {
        List<List<PageTable.LinkedFinding>> linked = new ArrayList<>();
        for (int i = 0; i < result.tables().size(); i++) {
            linked.add(new ArrayList<>());
        }
        for (TableFinding finding : result.findings()) {
            Evidence at = finding.evidence();
            if (at == null) {
                continue;
            }
            for (int t = 0; t < result.tables().size(); t++) {
                PageTable.LinkedFinding link = link(result.tables().get(t), finding);
                if (link != null) {
                    linked.get(t).add(link);
                    break;
                }
            }
        }
        return linked;
    }

    /** The place of {@code table} the finding's evidence names: a cell, a row, the table; null when none. */
    private static PageTable.LinkedFinding link(StandardTable table, TableFinding finding) {
        Evidence at = finding.evidence();
        for (TableRow row : table.rows()) {
            for (int c = 0; c < row.cells().size(); c++) {
                TableCell cell = row.cells().get(c);
                if (cell != null && at.equals(cell.evidence())) {
                    return new PageTable.LinkedFinding(finding, row.index(), c);
                }
            }
            if (at.equals(row.evidence())) {
                return new PageTable.LinkedFinding(finding, row.index(), null);
            }
        }
        if (at.equals(table.evidence())) {
            return new PageTable.LinkedFinding(finding, null, null);
        }
        for (TableRow row : table.rows()) {
            Evidence r = row.evidence();
            if (r != null && at.row() != null && Objects.equals(r.file(), at.file()) && Objects.equals(r.place(), at.place())
                    && at.row().equals(r.row())) {
                return new PageTable.LinkedFinding(finding, row.index(), null);
            }
        }
        return null;
    }

    static String write(StandardTable table, List<PageTable.LinkedFinding> findings) {
        ObjectNode node = JSON.createObjectNode();
        node.put("kind", table.kind().name());
        node.put("title", table.title());
        node.put("unit", table.unit() == null ? null : table.unit().name());
        node.put("emptyStatement", table.emptyStatement());
        node.set("evidence", evidence(table.evidence()));
        ArrayNode columns = node.putArray("columns");
        for (TableColumn column : table.columns()) {
            columns.addObject().put("index", column.index()).put("label", column.label()).put("group", column.group())
                    .put("measure", column.measure() == null ? null : column.measure().name())
                    .put("side", column.side());
        }
        ArrayNode rows = node.putArray("rows");
        for (TableRow row : table.rows()) {
            ObjectNode r = rows.addObject().put("index", row.index()).put("side", row.side()).put("code", row.code())
                    .put("name", row.name()).put("level", row.level() == null ? null : row.level().name());
            r.set("evidence", evidence(row.evidence()));
            ArrayNode cells = r.putArray("cells");
            for (TableCell cell : row.cells()) {
                if (cell == null) {
                    cells.addNull();
                    continue;
                }
                ObjectNode c = cells.addObject().put("raw", cell.raw())
                        .put("number", cell.number() == null ? null : cell.number().toPlainString())
                        .put("money", cell.money() == null ? null : cell.money().yuan().toPlainString());
                c.set("evidence", evidence(cell.evidence()));
            }
        }
        ArrayNode list = node.putArray("findings");
        for (PageTable.LinkedFinding linked : findings) {
            TableFinding f = linked.finding();
            ObjectNode n = list.addObject().put("rule", f.rule()).put("severity", f.severity().name())
                    .put("message", f.message());
            n.set("evidence", evidence(f.evidence()));
            n.put("row", linked.row()).put("column", linked.column());
        }
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("table not written as JSON", e);
        }
    }

    static PageTable read(int position, String sourceFile, String content) {
        JsonNode node;
        try {
            node = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored table " + position + " is not JSON", e);
        }
        List<TableColumn> columns = new ArrayList<>();
        for (JsonNode c : node.get("columns")) {
            columns.add(new TableColumn(c.get("index").asInt(), text(c, "label"), text(c, "group"),
                    text(c, "measure") == null ? null : Measure.valueOf(text(c, "measure")), c.get("side").asInt()));
        }
        List<TableRow> rows = new ArrayList<>();
        for (JsonNode r : node.get("rows")) {
            List<TableCell> cells = new ArrayList<>();
            for (JsonNode c : r.get("cells")) {
                cells.add(c.isNull() ? null : new TableCell(text(c, "raw"), decimal(c, "number"),
                        decimal(c, "money") == null ? null : Money.ofYuan(decimal(c, "money")), evidence(c.get("evidence"))));
            }
            rows.add(new TableRow(r.get("index").asInt(), r.get("side").asInt(), text(r, "code"), text(r, "name"),
                    text(r, "level") == null ? null : RowLevel.valueOf(text(r, "level")), cells,
                    evidence(r.get("evidence"))));
        }
        StandardTable table = new StandardTable(TableKind.valueOf(text(node, "kind")), text(node, "title"),
                text(node, "unit") == null ? null : MoneyUnit.valueOf(text(node, "unit")), columns, rows,
                text(node, "emptyStatement"), evidence(node.get("evidence")));
        List<PageTable.LinkedFinding> findings = new ArrayList<>();
        for (JsonNode f : node.get("findings")) {
            findings.add(new PageTable.LinkedFinding(new TableFinding(text(f, "rule"),
                    Severity.valueOf(text(f, "severity")), text(f, "message"), evidence(f.get("evidence"))),
                    integer(f, "row"), integer(f, "column")));
        }
        return new PageTable(position, sourceFile, table, findings);
    }

    private static ObjectNode evidence(Evidence evidence) {
        if (evidence == null) {
            return null;
        }
        ObjectNode node = JSON.createObjectNode();
        node.put("file", evidence.file()).put("place", evidence.place()).put("row", evidence.row())
                .put("column", evidence.column());
        return node;
    }

    private static Evidence evidence(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return new Evidence(text(node, "file"), text(node, "place"), integer(node, "row"), integer(node, "column"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asInt();
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : new BigDecimal(value);
    }
}
