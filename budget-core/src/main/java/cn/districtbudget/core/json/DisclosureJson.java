package cn.districtbudget.core.json;

import cn.districtbudget.core.disclosure.Department;
import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.disclosure.DutyActivity;
import cn.districtbudget.core.disclosure.FixedAssets;
import cn.districtbudget.core.disclosure.Indicator;
import cn.districtbudget.core.disclosure.OperatingCosts;
import cn.districtbudget.core.disclosure.Procurement;
import cn.districtbudget.core.disclosure.Region;
import cn.districtbudget.core.disclosure.StatedChange;
import cn.districtbudget.core.disclosure.StatedFigure;
import cn.districtbudget.core.disclosure.ThreePublic;
import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.money.Money;
import cn.districtbudget.core.tables.TableReadResult;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Writes a disclosure and its findings as JSON (docs/json-format.md): amounts in 万元 as JSON numbers with
 * their exact decimals, a figure not stated as {@code null}, changes signed. Output is pretty-printed with
 * {@code \n} line ends, the same on every platform.
 */
public final class DisclosureJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectWriter WRITER = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private DisclosureJson() {
    }

    /** The JSON text of the disclosure with the findings (reading and checking) about it. */
    public static String write(Disclosure disclosure, List<Finding> findings) {
        try {
            return WRITER.writeValueAsString(tree(disclosure, findings));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON tree could not be written", e);
        }
    }

    /**
     * The JSON text of a file's disclosure (null when its text is not one, e.g. a spreadsheet or a tables-only PDF)
     * with the findings about it, and the standard tables read from the file with their findings
     * (keys {@code tables}, {@code tableFindings}; without a disclosure the object has only {@code file},
     * {@code tables}, {@code tableFindings} and {@code findings}).
     */
    public static String write(Disclosure disclosure, List<Finding> findings, TableReadResult tables) {
        return write(disclosure, findings, tables == null ? List.of() : List.of(tables));
    }

    /**
     * As {@link #write(Disclosure, List, TableReadResult)} for a disclosure read from several files: the tables of
     * every file in file order (each cell's evidence names its file), {@code blankTemplate} when every file is one.
     */
    public static String write(Disclosure disclosure, List<Finding> findings, List<TableReadResult> tables) {
        ObjectNode root;
        if (disclosure != null) {
            root = tree(disclosure, findings);
        } else {
            root = NODES.objectNode();
            root.put("file", tables.isEmpty() ? null : tables.stream().map(TableReadResult::file)
                    .collect(java.util.stream.Collectors.joining(" + ")));
        }
        TableJson json = new TableJson(NODES);
        root.set("tables", json.tables(tables.stream().flatMap(t -> t.tables().stream()).toList()));
        root.put("blankTemplate", !tables.isEmpty() && tables.stream().allMatch(TableReadResult::blankTemplate));
        root.set("tableFindings", json.findings(tables.stream().flatMap(t -> t.findings().stream()).toList()));
        if (disclosure == null) {
            root.set("findings", findingList(findings));
        }
        try {
            return WRITER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON tree could not be written", e);
        }
    }

    /** The JSON tree, for callers that embed it. */
    public static ObjectNode tree(Disclosure disclosure, List<Finding> findings) {
        ObjectNode root = NODES.objectNode();
        root.set("department", department(disclosure.department()));
        if (disclosure.hasYear()) {
            root.put("year", disclosure.year());
        } else {
            root.putNull("year");
        }
        root.put("kind", disclosure.kind().name());
        var revenue = disclosure.revenue();
        ObjectNode rev = root.putObject("revenue");
        amount(rev, "total", revenue.total());
        amount(rev, "generalPublicBudget", revenue.generalPublicBudget());
        amount(rev, "governmentFund", revenue.governmentFund());
        amount(rev, "specialAccount", revenue.specialAccount());
        amount(rev, "other", revenue.other());
        var expenditure = disclosure.expenditure();
        ObjectNode exp = root.putObject("expenditure");
        amount(exp, "total", expenditure.total());
        amount(exp, "basic", expenditure.basic());
        amount(exp, "personnel", expenditure.personnel());
        amount(exp, "publicUse", expenditure.publicUse());
        amount(exp, "project", expenditure.project());
        var change = disclosure.priorYearChange();
        ObjectNode prior = root.putObject("priorYearChange");
        change(prior, "total", change.total());
        change(prior, "basic", change.basic());
        change(prior, "project", change.project());
        root.set("operatingCost", operatingCost(disclosure.operatingCosts()));
        root.set("threePublic", threePublic(disclosure.threePublic()));
        root.set("performance", performance(disclosure));
        root.set("procurement", procurement(disclosure.procurement()));
        root.set("assets", assets(disclosure.fixedAssets()));
        ArrayNode figures = root.putArray("figures");
        for (StatedFigure figure : disclosure.figures()) {
            ObjectNode node = figures.addObject();
            node.put("concept", figure.key());
            if (figure.money() != null) {
                node.put("value", figure.money().wan());
            } else {
                node.put("value", figure.value());
            }
            node.put("unit", figure.unit());
            node.put("explanation", figure.explanation());
            ObjectNode evidence = node.putObject("evidence");
            evidence.put("file", figure.evidence().file());
            evidence.put("line", figure.evidence().line());
            evidence.put("words", figure.evidence().words());
            if (figure.evidence().place() != null) {
                evidence.put("place", figure.evidence().place());
            }
        }
        root.set("findings", findingList(findings));
        return root;
    }

    private static ArrayNode findingList(List<Finding> findings) {
        ArrayNode list = NODES.arrayNode();
        for (Finding finding : findings == null ? List.<Finding>of() : findings) {
            ObjectNode node = list.addObject();
            node.put("rule", finding.rule());
            node.put("severity", finding.severity().name());
            node.put("section", finding.section().name());
            node.put("message", finding.message());
        }
        return list;
    }

    private static ObjectNode department(Department department) {
        ObjectNode node = NODES.objectNode();
        node.put("name", department.name());
        node.put("code", department.code());
        node.put("region", regionName(department.region()));
        return node;
    }

    /** The known parts of the region, largest first ({@code 秦皇岛市山海关区}); null when none is known. */
    static String regionName(Region region) {
        StringBuilder name = new StringBuilder();
        for (String part : new String[] {region.province(), region.city(), region.district()}) {
            if (part != null) {
                name.append(part);
            }
        }
        return name.length() == 0 ? null : name.toString();
    }

    private static ObjectNode operatingCost(OperatingCosts costs) {
        ObjectNode node = NODES.objectNode();
        amount(node, "total", costs.total());
        ArrayNode items = node.putArray("items");
        for (OperatingCosts.Item item : costs.items()) {
            ObjectNode line = items.addObject();
            line.put("name", item.name());
            amount(line, "amount", item.amount());
        }
        return node;
    }

    private static ObjectNode threePublic(ThreePublic three) {
        ObjectNode node = NODES.objectNode();
        amount(node, "total", three.total());
        amount(node, "outboundTravel", three.outboundTravel());
        amount(node, "vehicles", three.vehicles());
        amount(node, "vehiclePurchase", three.vehiclePurchase());
        amount(node, "vehicleOperation", three.vehicleOperation());
        amount(node, "reception", three.reception());
        ObjectNode change = node.putObject("priorYearChange");
        ThreePublic.Changes stated = three.change();
        change(change, "total", stated.total());
        change(change, "outboundTravel", stated.outboundTravel());
        change(change, "vehicles", stated.vehicles());
        change(change, "vehiclePurchase", stated.vehiclePurchase());
        change(change, "vehicleOperation", stated.vehicleOperation());
        change(change, "reception", stated.reception());
        return node;
    }

    private static ObjectNode performance(Disclosure disclosure) {
        ObjectNode node = NODES.objectNode();
        ArrayNode goals = node.putArray("goals");
        disclosure.performance().goals().forEach(goals::add);
        ArrayNode activities = node.putArray("activities");
        for (DutyActivity duty : disclosure.performance().activities()) {
            ObjectNode activity = activities.addObject();
            activity.put("name", duty.name());
            amount(activity, "budget", duty.budget());
            ArrayNode indicators = activity.putArray("indicators");
            for (Indicator indicator : duty.indicators()) {
                ObjectNode line = indicators.addObject();
                line.put("name", indicator.name());
                line.put("excellent", indicator.excellent());
                line.put("good", indicator.good());
                line.put("fair", indicator.fair());
                line.put("poor", indicator.poor());
            }
        }
        return node;
    }

    private static ObjectNode procurement(Procurement procurement) {
        ObjectNode node = NODES.objectNode();
        ArrayNode items = node.putArray("items");
        for (Procurement.Item item : procurement.items()) {
            ObjectNode line = items.addObject();
            line.put("project", item.project());
            line.put("itemName", item.itemName());
            line.put("catalogueNumber", item.catalogueNumber());
            line.put("quantityUnit", item.quantityUnit());
            line.put("quantity", item.quantity());
            amount(line, "unitPrice", item.unitPrice());
            amount(line, "amount", item.amount());
        }
        node.put("note", procurement.note());
        return node;
    }

    private static ObjectNode assets(FixedAssets assets) {
        ObjectNode node = NODES.objectNode();
        node.put("asOf", assets.asOf() == null ? null : assets.asOf().toString());
        node.put("totalCount", assets.totalCount());
        amount(node, "totalValue", assets.totalValue());
        ArrayNode categories = node.putArray("categories");
        for (FixedAssets.Category category : assets.categories()) {
            ObjectNode line = categories.addObject();
            line.put("name", category.name());
            if (category.area() != null) {
                line.put("count", category.area());
            } else {
                line.put("count", category.count());
            }
            amount(line, "value", category.value());
        }
        return node;
    }

    private static void amount(ObjectNode node, String key, Money money) {
        if (money == null) {
            node.putNull(key);
        } else {
            node.put(key, money.wan());
        }
    }

    private static void change(ObjectNode node, String key, StatedChange change) {
        amount(node, key, StatedChange.amountOf(change));
    }
}
