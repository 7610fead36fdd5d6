package cn.districtbudget.data.store;

import cn.districtbudget.core.disclosure.Grade;
import cn.districtbudget.core.disclosure.Indicator;
import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.finding.Section;
import cn.districtbudget.core.finding.Severity;
import cn.districtbudget.data.dashboard.SqlSupport;
import cn.districtbudget.data.department.PagedIndicator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every child row of one disclosure in one statement: a {@code union all} of the child tables in one column shape
 * ({@code kind}, {@code pos}, {@code id}, {@code parent}, {@code ref_id}, texts {@code t1…t7}, numbers {@code n1…n3}),
 * each indicator left-joined with the result entered for that indicator row (its work activity and name) when the
 * disclosure is the current budget. Numbers come back at the scale of their own column.
 */
record PageChildren(DisclosureLoader.Children rows, List<Finding> findings, List<PagedIndicator> indicators) {

    private static final String T = "cast(null as varchar)";
    private static final String N = "cast(null as numeric(30,8))";
    private static final String B = "cast(null as bigint)";

    private static String text(String column) {
        return "cast(" + column + " as varchar)";
    }

    private static String number(String column) {
        return "cast(" + column + " as numeric(30,8))";
    }

    private static String branch(String kind, String table, String id, String parent, String ref, String[] texts,
                                 String[] numbers, String from) {
        StringBuilder sql = new StringBuilder("select '" + kind + "' as kind, c.position as pos, " + id + " as id, "
                + parent + " as parent, " + ref + " as ref_id");
        for (int i = 0; i < 7; i++) {
            sql.append(", ").append(i < texts.length ? text(texts[i]) : T).append(" as t").append(i + 1);
        }
        for (int i = 0; i < 3; i++) {
            sql.append(", ").append(i < numbers.length ? number(numbers[i]) : N).append(" as n").append(i + 1);
        }
        return sql.append(" from ").append(table).append(" c ").append(from == null ? "where c.disclosure_id = :id"
                : from).toString();
    }

    static final String SQL = String.join(" union all ",
            branch("U", "organisation_unit", "c.id", B, B,
                    new String[] {"c.name", "c.nature", "c.unit_rank", "c.funding_form"}, new String[0], null),
            branch("O", "operating_cost_item", "c.id", B, B, new String[] {"c.name"}, new String[] {"c.amount"}, null),
            branch("G", "performance_goal", "c.id", B, B, new String[] {"c.text"}, new String[0], null),
            branch("D", "duty_activity", "c.id", B, B, new String[] {"c.name", "c.content", "c.goal"},
                    new String[] {"c.budget"}, null),
            branch("W", "work_activity", "c.id", "c.duty_activity_id", B,
                    new String[] {"c.name", "c.content", "c.goal"}, new String[] {"c.budget"},
                    "join duty_activity da on da.id = c.duty_activity_id where da.disclosure_id = :id"),
            branch("I", "indicator", "c.id", "c.work_activity_id", "r.id",
                    new String[] {"c.name", "c.excellent", "c.good", "c.fair", "c.poor", "r.unit", "r.grade"},
                    new String[] {"r.actual_value"},
                    "join disclosure d on d.id = c.disclosure_id "
                            + "join work_activity wa on wa.id = c.work_activity_id "
                            + SqlSupport.resultOfIndicator("d", "c", "wa", "r") + "and"
                            + SqlSupport.currentBudget("d") + "where c.disclosure_id = :id"),
            branch("P", "procurement_item", "c.id", B, B,
                    new String[] {"c.project", "c.item_name", "c.catalogue_number", "c.quantity_unit"},
                    new String[] {"c.quantity", "c.unit_price", "c.amount"}, null),
            branch("A", "fixed_asset_category", "c.id", B, B, new String[] {"c.name"},
                    new String[] {"c.item_count", "c.area", "c.asset_value"}, null),
            branch("F", "stated_figure", "c.id", B, "c.value_scale",
                    new String[] {"c.concept", "c.unit", "c.explanation", "c.evidence_file", "c.evidence_words",
                        "case when c.is_change then 'Y' else 'N' end"},
                    new String[] {"c.figure_value", "c.evidence_line"}, null),
            branch("X", "finding", "c.id", B, B,
                    new String[] {"c.rule_id", "c.severity", "c.section", "c.message"},
                    new String[] {"c.line_number"}, null))
            + " order by kind, parent, pos";

    static PageChildren read(JdbcClient jdbc, long disclosureId) {
        Reader reader = new Reader();
        jdbc.sql(SQL).param("id", disclosureId).query(reader::row);
        return reader.result();
    }

    /** Collects the rows by kind; each list keeps the statement's order (parent, then position). */
    private static final class Reader {
        final List<OrganisationUnitEntity> units = new ArrayList<>();
        final List<OperatingCostItemEntity> costs = new ArrayList<>();
        final List<PerformanceGoalEntity> goals = new ArrayList<>();
        final List<DutyActivityEntity> duties = new ArrayList<>();
        final List<WorkActivityEntity> works = new ArrayList<>();
        final List<IndicatorEntity> indicators = new ArrayList<>();
        final Map<Long, PagedIndicator> results = new HashMap<>();
        final List<ProcurementItemEntity> procurement = new ArrayList<>();
        final List<FixedAssetCategoryEntity> assets = new ArrayList<>();
        final List<StatedFigureEntity> figures = new ArrayList<>();
        final List<Finding> findings = new ArrayList<>();

        void row(ResultSet rs) throws SQLException {
            String kind = rs.getString("kind");
            long id = rs.getLong("id");
            int pos = rs.getInt("pos");
            switch (kind) {
                case "U" -> {
                    OrganisationUnitEntity u = new OrganisationUnitEntity();
                    u.position = pos;
                    u.name = rs.getString("t1");
                    u.nature = rs.getString("t2");
                    u.rank = rs.getString("t3");
                    u.fundingForm = rs.getString("t4");
                    units.add(u);
                }
                case "O" -> {
                    OperatingCostItemEntity o = new OperatingCostItemEntity();
                    o.name = rs.getString("t1");
                    o.amount = scaled(rs, "n1", 2);
                    costs.add(o);
                }
                case "G" -> {
                    PerformanceGoalEntity g = new PerformanceGoalEntity();
                    g.text = rs.getString("t1");
                    goals.add(g);
                }
                case "D" -> {
                    DutyActivityEntity d = new DutyActivityEntity();
                    d.id = id;
                    d.position = pos;
                    d.name = rs.getString("t1");
                    d.content = rs.getString("t2");
                    d.goal = rs.getString("t3");
                    d.budget = scaled(rs, "n1", 2);
                    duties.add(d);
                }
                case "W" -> {
                    WorkActivityEntity w = new WorkActivityEntity();
                    w.id = id;
                    w.dutyActivityId = rs.getLong("parent");
                    w.position = pos;
                    w.name = rs.getString("t1");
                    w.content = rs.getString("t2");
                    w.goal = rs.getString("t3");
                    w.budget = scaled(rs, "n1", 2);
                    works.add(w);
                }
                case "I" -> indicator(rs, id, pos);
                case "P" -> {
                    ProcurementItemEntity p = new ProcurementItemEntity();
                    p.project = rs.getString("t1");
                    p.itemName = rs.getString("t2");
                    p.catalogueNumber = rs.getString("t3");
                    p.quantityUnit = rs.getString("t4");
                    p.quantity = scaled(rs, "n1", 4);
                    p.unitPrice = scaled(rs, "n2", 2);
                    p.amount = scaled(rs, "n3", 2);
                    procurement.add(p);
                }
                case "A" -> {
                    FixedAssetCategoryEntity a = new FixedAssetCategoryEntity();
                    a.name = rs.getString("t1");
                    BigDecimal count = scaled(rs, "n1", 0);
                    a.count = count == null ? null : count.intValueExact();
                    a.area = scaled(rs, "n2", 2);
                    a.value = scaled(rs, "n3", 2);
                    assets.add(a);
                }
                case "F" -> {
                    StatedFigureEntity f = new StatedFigureEntity();
                    f.id = id;
                    f.valueScale = rs.getInt("ref_id");
                    f.change = "Y".equals(rs.getString("t6"));
                    f.concept = rs.getString("t1");
                    f.unit = rs.getString("t2");
                    f.explanation = rs.getString("t3");
                    f.evidenceFile = rs.getString("t4");
                    f.evidenceWords = rs.getString("t5");
                    f.value = rs.getBigDecimal("n1");
                    BigDecimal line = scaled(rs, "n2", 0);
                    f.evidenceLine = line == null ? null : line.intValueExact();
                    figures.add(f);
                }
                case "X" -> {
                    BigDecimal line = scaled(rs, "n1", 0);
                    findings.add(new Finding(rs.getString("t1"), Severity.valueOf(rs.getString("t2")),
                            Section.valueOf(rs.getString("t3")), rs.getString("t4"),
                            line == null ? null : line.intValueExact()));
                }
                default -> throw new IllegalStateException("unknown child kind " + kind);
            }
        }

        private void indicator(ResultSet rs, long id, int pos) throws SQLException {
            IndicatorEntity i = new IndicatorEntity();
            i.id = id;
            i.workActivityId = rs.getLong("parent");
            i.position = pos;
            i.name = rs.getString("t1");
            i.excellent = rs.getString("t2");
            i.good = rs.getString("t3");
            i.fair = rs.getString("t4");
            i.poor = rs.getString("t5");
            indicators.add(i);
            rs.getLong("ref_id");
            boolean hasResult = !rs.wasNull();
            String grade = rs.getString("t7");
            results.put(id, new PagedIndicator(null, new Indicator(i.name, i.excellent, i.good, i.fair, i.poor),
                    scaled(rs, "n1", 4), rs.getString("t6"), grade == null ? null : Grade.valueOf(grade),
                    hasResult && grade == null));
        }

        PageChildren result() {
            indicators.sort(java.util.Comparator.comparingInt(i -> i.position));
            Map<Long, List<WorkActivityEntity>> worksByDuty = new LinkedHashMap<>();
            works.forEach(w -> worksByDuty.computeIfAbsent(w.dutyActivityId, k -> new ArrayList<>()).add(w));
            Map<Long, List<IndicatorEntity>> indicatorsByWork = new LinkedHashMap<>();
            indicators.forEach(i -> indicatorsByWork.computeIfAbsent(i.workActivityId, k -> new ArrayList<>()).add(i));
            List<PagedIndicator> paired = new ArrayList<>();
            for (DutyActivityEntity duty : duties) {
                for (WorkActivityEntity work : worksByDuty.getOrDefault(duty.id, List.of())) {
                    for (IndicatorEntity i : indicatorsByWork.getOrDefault(work.id, List.of())) {
                        PagedIndicator r = results.get(i.id);
                        paired.add(new PagedIndicator(duty.name, r.indicator(), r.actualValue(), r.unit(), r.grade(),
                                r.ungraded()));
                    }
                }
            }
            return new PageChildren(new DisclosureLoader.Children(units, costs, goals, duties, works, indicators,
                    procurement, assets, figures), List.copyOf(findings), List.copyOf(paired));
        }
    }

    private static BigDecimal scaled(ResultSet rs, String column, int scale) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.setScale(scale, RoundingMode.UNNECESSARY);
    }
}
