package cn.districtbudget.core.json;

import cn.districtbudget.core.tables.Evidence;
import cn.districtbudget.core.tables.StandardTable;
import cn.districtbudget.core.tables.TableCell;
import cn.districtbudget.core.tables.TableColumn;
import cn.districtbudget.core.tables.TableFinding;
import cn.districtbudget.core.tables.TableRow;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standard tables and their findings as JSON (docs/json-format.md, "Tables"): every table with its columns as
 * measures, its rows with code, name and level, and each cell with its raw text, its exact value in the table's unit,
 * the same amount in 元 and where it was read.
 */
final class TableJson {

    private static final Pattern PAGE = Pattern.compile("^第(\\d+)页$");

    private final JsonNodeFactory nodes;

    TableJson(JsonNodeFactory nodes) {
        this.nodes = nodes;
    }

    ArrayNode tables(List<StandardTable> tables) {
        ArrayNode list = nodes.arrayNode();
        for (StandardTable table : tables) {
            list.add(table(table));
        }
        return list;
    }

    ArrayNode findings(List<TableFinding> findings) {
        ArrayNode list = nodes.arrayNode();
        for (TableFinding finding : findings) {
            ObjectNode node = list.addObject();
            node.put("rule", finding.rule());
            node.put("severity", finding.severity().name());
            node.put("message", finding.message());
            node.set("evidence", evidence(finding.evidence()));
        }
        return list;
    }

    private ObjectNode table(StandardTable table) {
        ObjectNode node = nodes.objectNode();
        node.put("kind", table.kind().name());
        node.put("title", table.title());
        node.put("unit", table.unit() == null ? null : table.unit().name());
        node.put("emptyStatement", table.emptyStatement());
        node.set("evidence", evidence(table.evidence()));
        ArrayNode columns = node.putArray("columns");
        for (TableColumn column : table.columns()) {
            ObjectNode c = columns.addObject();
            c.put("index", column.index());
            c.put("label", column.label());
            c.put("group", column.group());
            c.put("measure", column.measure() == null ? null : column.measure().name());
            c.put("side", column.side());
        }
        ArrayNode rows = node.putArray("rows");
        for (TableRow row : table.rows()) {
            ObjectNode r = rows.addObject();
            r.put("index", row.index());
            r.put("side", row.side());
            r.put("code", row.code());
            r.put("name", row.name());
            r.put("level", row.level() == null ? null : row.level().name());
            r.set("evidence", evidence(row.evidence()));
            ArrayNode cells = r.putArray("cells");
            for (int i = 0; i < row.cells().size(); i++) {
                TableCell cell = row.cells().get(i);
                if (cell == null) {
                    continue;
                }
                ObjectNode c = cells.addObject();
                c.put("column", i);
                c.put("raw", cell.raw());
                c.put("value", cell.number());
                c.put("yuan", cell.money() == null ? null : cell.money().yuan());
                c.set("evidence", evidence(cell.evidence()));
            }
        }
        return node;
    }

    private ObjectNode evidence(Evidence evidence) {
        ObjectNode node = nodes.objectNode();
        if (evidence == null) {
            node.putNull("file");
            node.putNull("place");
            node.putNull("page");
            node.putNull("row");
            node.putNull("column");
            return node;
        }
        node.put("file", evidence.file());
        node.put("place", evidence.place());
        Matcher page = evidence.place() == null ? null : PAGE.matcher(evidence.place());
        if (page != null && page.matches()) {
            node.put("page", Integer.parseInt(page.group(1)));
        } else {
            node.putNull("page");
        }
        node.put("row", evidence.row());
        node.put("column", evidence.column());
        return node;
    }
}
