package cn.districtbudget.data.dashboard;

import static cn.districtbudget.data.dashboard.SqlSupport.money;

import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.core.disclosure.Grade;
import cn.districtbudget.core.finding.Section;
import cn.districtbudget.core.finding.Severity;
import cn.districtbudget.core.grading.DepartmentGrade;
import cn.districtbudget.core.money.Money;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** {@link DashboardQueries} as SQL aggregations over the current budget disclosures; no entity is loaded. */
@Service
public class SqlDashboardQueries implements DashboardQueries {

    /** The rows every dashboard aggregates: current revisions of budget disclosures. */
    private static final String CURRENT_BUDGET = SqlSupport.currentBudget("d");
    private static final String RESULT_OF_INDICATOR = SqlSupport.resultOfIndicator("d", "i", "wa", "r");
    private static final Collator CHINESE = Collator.getInstance(Locale.CHINA);

    private final JdbcClient jdbc;

    public SqlDashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<RegionSummary> regions() {
        List<RegionSummary> regions = jdbc.sql("""
                        select r.id, r.name, r.province, r.city, r.district, r.demo,
                               (select count(*) from department dep where dep.region_id = r.id) as departments
                        from region r
                        where exists (select 1 from disclosure d where d.region_id = r.id)
                        """)
                .query((rs, n) -> new RegionSummary(rs.getLong("id"), rs.getString("name"), rs.getString("province"),
                        rs.getString("city"), rs.getString("district"), rs.getBoolean("demo"),
                        rs.getInt("departments")))
                .list();
        return regions.stream()
                .sorted(Comparator.comparing(RegionSummary::demo)
                        .thenComparing(RegionSummary::name, CHINESE)
                        .thenComparing(RegionSummary::id))
                .toList();
    }

    @Override
    public List<Integer> years(long regionId) {
        return jdbc.sql("select distinct d.fiscal_year from disclosure d where d.region_id = :region and "
                        + CURRENT_BUDGET + " order by d.fiscal_year")
                .param("region", regionId).query(Integer.class).list();
    }

    private record YearSums(int year, int departments, Money revenue, Money total, Money basic, Money personnel,
                            Money publicUse, Money project, Money threePublic, Money statedTotalChange,
                            Money statedThreePublicChange, long errors, long findings) {
    }

    private static final String YEAR_SUMS = """
            select d.fiscal_year, count(*) as departments, sum(d.rev_total) as revenue, sum(d.exp_total) as total,
                   sum(d.exp_basic) as basic, sum(d.exp_personnel) as personnel, sum(d.exp_public_use) as public_use,
                   sum(d.exp_project) as project, sum(d.tp_total) as three_public,
                   sum(d.pyc_total) as stated_total_change, sum(d.tpc_total) as stated_tp_change,
                   sum(d.error_count) as errors, sum(d.finding_count) as findings
            from disclosure d
            where d.region_id = :region and """ + CURRENT_BUDGET;

    private static YearSums yearSums(ResultSet rs, int n) throws SQLException {
        return new YearSums(rs.getInt("fiscal_year"), rs.getInt("departments"), money(rs, "revenue"),
                money(rs, "total"), money(rs, "basic"), money(rs, "personnel"), money(rs, "public_use"),
                money(rs, "project"), money(rs, "three_public"), money(rs, "stated_total_change"),
                money(rs, "stated_tp_change"), rs.getLong("errors"), rs.getLong("findings"));
    }

    private Map<Integer, YearSums> sumsByYear(long regionId, Integer fromYear, Integer toYear) {
        String range = fromYear == null ? "" : " and d.fiscal_year between :from and :to ";
        var spec = jdbc.sql(YEAR_SUMS + range + " group by d.fiscal_year order by d.fiscal_year")
                .param("region", regionId);
        if (fromYear != null) {
            spec = spec.param("from", fromYear).param("to", toYear);
        }
        Map<Integer, YearSums> byYear = new LinkedHashMap<>();
        spec.query(SqlDashboardQueries::yearSums).list().forEach(s -> byYear.put(s.year(), s));
        return byYear;
    }

    private static DistrictTotals totals(long regionId, int year, YearSums sums, YearSums prior) {
        if (sums == null) {
            return new DistrictTotals(regionId, year, 0, null, null, null, null, null, null, null,
                    prior == null ? null : prior.total(), prior == null ? null : prior.threePublic(),
                    null, null, 0, 0);
        }
        return new DistrictTotals(regionId, year, sums.departments(), sums.revenue(), sums.total(), sums.basic(),
                sums.personnel(), sums.publicUse(), sums.project(), sums.threePublic(),
                prior == null ? null : prior.total(), prior == null ? null : prior.threePublic(),
                sums.statedTotalChange(), sums.statedThreePublicChange(), sums.errors(), sums.findings());
    }

    @Override
    public DistrictTotals districtTotals(long regionId, int year) {
        Map<Integer, YearSums> sums = sumsByYear(regionId, year - 1, year);
        return totals(regionId, year, sums.get(year), sums.get(year - 1));
    }

    @Override
    public List<DistrictTotals> districtTotalsByYear(long regionId) {
        Map<Integer, YearSums> sums = sumsByYear(regionId, null, null);
        return sums.values().stream()
                .map(s -> totals(regionId, s.year(), s, sums.get(s.year() - 1)))
                .toList();
    }

    @Override
    public RevenueBySource revenueBySource(long regionId, int year) {
        return jdbc.sql("""
                        select sum(d.rev_total) as total, sum(d.rev_general_public) as general_public,
                               sum(d.rev_government_fund) as fund, sum(d.rev_special_account) as special,
                               sum(d.rev_other) as other
                        from disclosure d
                        where d.region_id = :region and d.fiscal_year = :year and""" + CURRENT_BUDGET)
                .param("region", regionId).param("year", year)
                .query((rs, n) -> new RevenueBySource(regionId, year, money(rs, "total"), money(rs, "general_public"),
                        money(rs, "fund"), money(rs, "special"), money(rs, "other")))
                .single();
    }

    @Override
    public List<DepartmentExpenditure> expenditureByDepartment(long regionId, int year) {
        return jdbc.sql("""
                        select d.department_id, dep.name, d.id, d.exp_personnel, d.exp_public_use, d.exp_project,
                               d.exp_total
                        from disclosure d join department dep on dep.id = d.department_id
                        where d.region_id = :region and d.fiscal_year = :year and""" + CURRENT_BUDGET + """
                        order by d.exp_total desc nulls last, d.department_id
                        """)
                .param("region", regionId).param("year", year)
                .query((rs, n) -> new DepartmentExpenditure(rs.getLong("department_id"), rs.getString("name"),
                        rs.getLong("id"), money(rs, "exp_personnel"), money(rs, "exp_public_use"),
                        money(rs, "exp_project"), money(rs, "exp_total")))
                .list();
    }

    @Override
    public List<ThreePublicYear> threePublicByYear(long regionId, int fromYear, int toYear) {
        return jdbc.sql("""
                        select d.fiscal_year, sum(d.tp_outbound) as outbound, sum(d.tp_vehicles) as vehicles,
                               sum(d.tp_reception) as reception, sum(d.tp_total) as total,
                               count(d.tp_total) as departments
                        from disclosure d
                        where d.region_id = :region and d.fiscal_year between :from and :to and""" + CURRENT_BUDGET + """
                        group by d.fiscal_year
                        order by d.fiscal_year
                        """)
                .param("region", regionId).param("from", fromYear).param("to", toYear)
                .query((rs, n) -> new ThreePublicYear(rs.getInt("fiscal_year"), money(rs, "outbound"),
                        money(rs, "vehicles"), money(rs, "reception"), money(rs, "total"), rs.getInt("departments")))
                .list();
    }

    @Override
    public List<DepartmentThreePublic> threePublicByDepartment(long regionId, int fromYear, int toYear) {
        List<DepartmentThreePublic> rows = jdbc.sql("""
                        select d.department_id, dep.name, d.fiscal_year, d.id, d.tp_outbound, d.tp_vehicles,
                               d.tp_vehicle_purchase, d.tp_vehicle_operation, d.tp_reception, d.tp_total, d.tpc_total
                        from disclosure d join department dep on dep.id = d.department_id
                        where d.region_id = :region and d.fiscal_year between :from and :to and""" + CURRENT_BUDGET)
                .param("region", regionId).param("from", fromYear).param("to", toYear)
                .query(SqlDashboardQueries::departmentThreePublic)
                .list();
        Map<String, CollationKey> keys = collationKeys(rows.stream().map(DepartmentThreePublic::departmentName));
        return rows.stream()
                .sorted(Comparator.comparing((DepartmentThreePublic r) -> keys.get(r.departmentName()))
                        .thenComparing(DepartmentThreePublic::departmentId)
                        .thenComparing(DepartmentThreePublic::year))
                .toList();
    }

    /** Maps a row with the columns of {@link #threePublicByDepartment}. */
    public static DepartmentThreePublic departmentThreePublic(ResultSet rs, int n) throws SQLException {
        return new DepartmentThreePublic(rs.getLong("department_id"), rs.getString("name"), rs.getInt("fiscal_year"),
                rs.getLong("id"), money(rs, "tp_outbound"), money(rs, "tp_vehicles"), money(rs, "tp_vehicle_purchase"),
                money(rs, "tp_vehicle_operation"), money(rs, "tp_reception"), money(rs, "tp_total"),
                money(rs, "tpc_total"));
    }

    private static final String WITH_PRIOR_YEAR_FROM = """
            from disclosure d
            join department dep on dep.id = d.department_id
            left join disclosure p on p.department_id = d.department_id and p.kind = d.kind
                                  and p.is_current = true and p.fiscal_year = d.fiscal_year - 1
            """;

    private static final String WITH_PRIOR_YEAR = WITH_PRIOR_YEAR_FROM
            + " where d.region_id = :region and d.fiscal_year = :year and" + CURRENT_BUDGET;

    @Override
    public List<ThreePublicRise> threePublicRises(long regionId, int year) {
        return threePublicRises(regionId, year, year);
    }

    @Override
    public List<ThreePublicRise> threePublicRises(long regionId, int fromYear, int toYear) {
        List<ThreePublicRise> rises = new ArrayList<>();
        jdbc.sql("select d.department_id, dep.name, d.fiscal_year, d.id, d.tp_total, d.tpc_total, d.tpc_total_stated, "
                        + "p.tp_total as prior_total " + WITH_PRIOR_YEAR_FROM
                        + " where d.region_id = :region and d.fiscal_year between :from and :to and" + CURRENT_BUDGET
                        + " and (d.tpc_total > 0 or (d.tpc_total is null and d.tp_total > p.tp_total))")
                .param("region", regionId).param("from", fromYear).param("to", toYear)
                .query(rs -> {
                    Money total = money(rs, "tp_total");
                    Money prior = money(rs, "prior_total");
                    Money stated = money(rs, "tpc_total");
                    boolean isStated = stated != null;
                    Money change = isStated ? stated : total.minus(prior);
                    rises.add(new ThreePublicRise(rs.getLong("department_id"), rs.getString("name"),
                            rs.getInt("fiscal_year"), rs.getLong("id"), total, prior, change,
                            isStated ? ChangeBasis.STATED : ChangeBasis.PRIOR_YEAR_FIGURE));
                });
        rises.sort(Comparator.comparing(ThreePublicRise::year).reversed()
                .thenComparing(Comparator.comparing(ThreePublicRise::change).reversed())
                .thenComparing(ThreePublicRise::departmentId));
        return rises;
    }

    @Override
    public List<PriorYearChangeRow> priorYearChanges(long regionId, int year) {
        List<PriorYearChangeRow> rows = jdbc.sql("select d.department_id, dep.name, d.id, d.exp_total, "
                        + "d.pyc_prior_year, d.pyc_total, d.pyc_basic, d.pyc_project, p.exp_total as prior_total "
                        + WITH_PRIOR_YEAR)
                .param("region", regionId).param("year", year)
                .query((rs, n) -> new PriorYearChangeRow(rs.getLong("department_id"), rs.getString("name"), year,
                        rs.getLong("id"), money(rs, "exp_total"), SqlSupport.integer(rs, "pyc_prior_year"),
                        money(rs, "pyc_total"), money(rs, "pyc_basic"), money(rs, "pyc_project"),
                        money(rs, "prior_total")))
                .list();
        Map<String, CollationKey> keys = collationKeys(rows.stream().map(PriorYearChangeRow::departmentName));
        return rows.stream()
                .sorted(Comparator.comparing((PriorYearChangeRow r) -> keys.get(r.departmentName()))
                        .thenComparing(PriorYearChangeRow::departmentId))
                .toList();
    }

    /** Chinese (pinyin) sort keys, computed once per distinct name: comparing keys is much cheaper than names. */
    static Map<String, CollationKey> collationKeys(java.util.stream.Stream<String> names) {
        Map<String, CollationKey> keys = new HashMap<>();
        names.forEach(name -> keys.computeIfAbsent(name, n -> CHINESE.getCollationKey(n == null ? "" : n)));
        return keys;
    }

    /** The WHERE clause and parameters of a finding filter, over finding f joined to disclosure d. */
    private record Where(String sql, Map<String, Object> params) {

        static Where of(FindingFilter filter) {
            StringBuilder sql = new StringBuilder(" where d.is_current = true ");
            Map<String, Object> params = new HashMap<>();
            if (filter.regionId() != null) {
                sql.append(" and d.region_id = :region ");
                params.put("region", filter.regionId());
            }
            if (filter.year() != null) {
                sql.append(" and d.fiscal_year = :year ");
                params.put("year", filter.year());
            }
            if (filter.rule() != null) {
                sql.append(" and f.rule_id = :rule ");
                params.put("rule", filter.rule());
            }
            if (filter.severity() != null) {
                sql.append(" and f.severity = :severity ");
                params.put("severity", filter.severity().name());
            }
            if (filter.departmentId() != null) {
                sql.append(" and d.department_id = :department ");
                params.put("department", filter.departmentId());
            }
            return new Where(sql.toString(), params);
        }
    }

    private static final String FINDINGS_FROM = " from finding f join disclosure d on d.id = f.disclosure_id ";

    /** One group of the single aggregation behind {@link #findingCounts}. */
    private record FindingGroup(String rule, String severity, long departmentId, String departmentName, long count) {
    }

    @Override
    public FindingCounts findingCounts(FindingFilter filter) {
        Where where = Where.of(filter);
        List<FindingGroup> groups = jdbc.sql("select g.rule_id, g.severity, g.department_id, dep.name, g.n from ("
                        + "select f.rule_id, f.severity, d.department_id, count(*) as n " + FINDINGS_FROM + where.sql()
                        + " group by f.rule_id, f.severity, d.department_id) g "
                        + "join department dep on dep.id = g.department_id")
                .params(where.params())
                .query((rs, n) -> new FindingGroup(rs.getString("rule_id"), rs.getString("severity"),
                        rs.getLong("department_id"), rs.getString("name"), rs.getLong("n")))
                .list();
        Map<String, Long> byRule = new HashMap<>();
        Map<String, Long> bySeverity = new HashMap<>();
        Map<Long, Long> byDepartment = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        long total = 0;
        for (FindingGroup g : groups) {
            byRule.merge(g.rule(), g.count(), Long::sum);
            bySeverity.merge(g.severity(), g.count(), Long::sum);
            byDepartment.merge(g.departmentId(), g.count(), Long::sum);
            names.put(g.departmentId(), g.departmentName());
            total += g.count();
        }
        Comparator<Map.Entry<String, Long>> byCountThenKey = Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey());
        List<FindingCounts.Count> rules = byRule.entrySet().stream().sorted(byCountThenKey)
                .map(e -> new FindingCounts.Count(e.getKey(), e.getKey(), e.getValue())).toList();
        List<FindingCounts.Count> severities = bySeverity.entrySet().stream().sorted(byCountThenKey)
                .map(e -> new FindingCounts.Count(e.getKey(), Severity.valueOf(e.getKey()).label(), e.getValue()))
                .toList();
        List<FindingCounts.Count> departments = byDepartment.entrySet().stream()
                .sorted(Map.Entry.<Long, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new FindingCounts.Count(Long.toString(e.getKey()), names.get(e.getKey()), e.getValue()))
                .toList();
        return new FindingCounts(total, rules, severities, departments);
    }

    @Override
    public long countFindings(FindingFilter filter) {
        Where where = Where.of(filter);
        return jdbc.sql("select count(*) " + FINDINGS_FROM + where.sql()).params(where.params())
                .query(Long.class).single();
    }

    @Override
    public List<FindingRow> findings(FindingFilter filter, int offset, int limit) {
        Where where = Where.of(filter);
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("offset", Math.max(0, offset));
        params.put("limit", Math.max(0, limit));
        return jdbc.sql("select f.id, f.rule_id, f.severity, f.section, f.message, f.line_number, d.department_id, "
                        + "dep.name, d.fiscal_year, d.kind, d.id as disclosure_id " + FINDINGS_FROM
                        + " join department dep on dep.id = d.department_id " + where.sql()
                        + " order by case f.severity when 'ERROR' then 0 when 'WARNING' then 1 else 2 end, "
                        + "d.department_id, d.fiscal_year, f.rule_id, f.id limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new FindingRow(rs.getLong("id"), rs.getString("rule_id"),
                        Severity.valueOf(rs.getString("severity")), Section.valueOf(rs.getString("section")),
                        rs.getString("message"), SqlSupport.integer(rs, "line_number"), rs.getLong("department_id"),
                        rs.getString("name"), rs.getInt("fiscal_year"), DisclosureKind.valueOf(rs.getString("kind")),
                        rs.getLong("disclosure_id")))
                .list();
    }

    @Override
    public GradeMatrix gradeMatrix(long regionId) {
        List<GradeCell> cells = jdbc.sql("""
                        select d.department_id, d.fiscal_year, count(i.id) as indicators,
                               sum(case when r.grade is not null then 1 else 0 end) as graded,
                               sum(case when r.id is not null and r.grade is null then 1 else 0 end) as ungraded,
                               sum(case when i.id is not null and r.id is null then 1 else 0 end) as missing,
                               sum(case when r.grade = 'EXCELLENT' then 1 else 0 end) as excellent,
                               sum(case when r.grade = 'GOOD' then 1 else 0 end) as good,
                               sum(case when r.grade = 'FAIR' then 1 else 0 end) as fair,
                               sum(case when r.grade = 'POOR' then 1 else 0 end) as poor
                        from disclosure d
                        left join indicator i on i.disclosure_id = d.id
                        left join work_activity wa on wa.id = i.work_activity_id
                        """ + RESULT_OF_INDICATOR + """
                        where d.region_id = :region and""" + CURRENT_BUDGET + """
                        group by d.department_id, d.fiscal_year
                        """)
                .param("region", regionId)
                .query((rs, n) -> gradeCell(rs))
                .list();
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("select dep.id, dep.name from department dep where dep.region_id = :region")
                .param("region", regionId)
                .query(rs -> {
                    names.put(rs.getLong("id"), rs.getString("name"));
                });
        List<GradeMatrix.DepartmentRef> departments = cells.stream().map(GradeCell::departmentId).distinct()
                .map(id -> new GradeMatrix.DepartmentRef(id, names.get(id)))
                .sorted(Comparator.comparing(GradeMatrix.DepartmentRef::name, CHINESE)
                        .thenComparing(GradeMatrix.DepartmentRef::id))
                .toList();
        List<Integer> years = new ArrayList<>(new TreeSet<>(cells.stream().map(GradeCell::year).toList()));
        return new GradeMatrix(departments, years, cells);
    }

    private static GradeCell gradeCell(ResultSet rs) throws SQLException {
        Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
        counts.put(Grade.EXCELLENT, rs.getInt("excellent"));
        counts.put(Grade.GOOD, rs.getInt("good"));
        counts.put(Grade.FAIR, rs.getInt("fair"));
        counts.put(Grade.POOR, rs.getInt("poor"));
        DepartmentGrade grade = DepartmentGrade.ofCounts(counts, rs.getInt("ungraded"), rs.getInt("missing"));
        Map<Grade, BigDecimal> shares = new EnumMap<>(Grade.class);
        if (grade.graded() > 0) {
            for (Grade g : Grade.values()) {
                shares.put(g, grade.share(g));
            }
        }
        return new GradeCell(rs.getLong("department_id"), rs.getInt("fiscal_year"), rs.getInt("indicators"),
                grade.graded(), grade.ungraded(), grade.missing(), grade.score(), shares);
    }

    @Override
    public List<IndicatorGrade> indicatorGrades(long departmentId) {
        return jdbc.sql("""
                        select i.name, d.fiscal_year, d.id, i.excellent, i.good, i.fair, i.poor,
                               r.id as result_id, r.actual_value, r.unit, r.grade
                        from disclosure d
                        join indicator i on i.disclosure_id = d.id
                        left join work_activity wa on wa.id = i.work_activity_id
                        """ + RESULT_OF_INDICATOR + """
                        where d.department_id = :department and""" + CURRENT_BUDGET + """
                        order by d.fiscal_year, i.position
                        """)
                .param("department", departmentId)
                .query((rs, n) -> {
                    String grade = rs.getString("grade");
                    rs.getLong("result_id");
                    boolean hasResult = !rs.wasNull();
                    return new IndicatorGrade(rs.getString("name"), rs.getInt("fiscal_year"), rs.getLong("id"),
                            rs.getString("excellent"), rs.getString("good"), rs.getString("fair"),
                            rs.getString("poor"), rs.getBigDecimal("actual_value"), rs.getString("unit"),
                            grade == null ? null : Grade.valueOf(grade), hasResult && grade == null);
                })
                .list();
    }
}
