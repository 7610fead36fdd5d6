package cn.districtbudget.data.performance;

import cn.districtbudget.data.dashboard.SqlSupport;
import cn.districtbudget.core.disclosure.Grade;
import cn.districtbudget.core.disclosure.Indicator;
import cn.districtbudget.core.grading.GradeResult;
import cn.districtbudget.core.grading.GradingScale;
import cn.districtbudget.core.grading.Interval;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plausible actual results for the demo regions (示例数据), so the heatmaps have colour: for every indicator of every
 * current budget disclosure of a demo region that has no result yet, a deterministic choice (a hash of department,
 * year, activity and indicator) of 优 45%, 良 30%, 中 10%, 差 5% or missing 10%, and a value the indicator's own
 * scale grades so. Where the scale cannot produce the chosen grade (a gap, an unparseable text) the result stays
 * missing.
 */
@Component
public class DemoResults {

    static final String USER = "示例数据";

    private final JdbcClient jdbc;
    private final PerformanceResults results;
    private final TransactionTemplate transaction;

    DemoResults(JdbcClient jdbc, PerformanceResults results, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.results = results;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    private record Row(long departmentId, String department, int year, long disclosureId, String activity,
                       Indicator indicator) {
    }

    /** Writes the missing demo results; returns how many were written (0 when all exist). */
    public int generate() {
        List<Row> rows = jdbc.sql("""
                        select d.department_id, dep.name as department, d.fiscal_year, d.id as disclosure_id,
                               wa.name as activity, i.name, i.excellent, i.good, i.fair, i.poor
                        from disclosure d
                        join region r on r.id = d.region_id
                        join department dep on dep.id = d.department_id
                        join indicator i on i.disclosure_id = d.id
                        join work_activity wa on wa.id = i.work_activity_id
                        where r.demo = true and""" + SqlSupport.currentBudget("d") + """
                          and i.name is not null
                        order by d.department_id, d.fiscal_year, i.position
                        """)
                .query((rs, n) -> new Row(rs.getLong("department_id"), rs.getString("department"),
                        rs.getInt("fiscal_year"), rs.getLong("disclosure_id"),
                        rs.getString("activity") == null ? "" : rs.getString("activity"),
                        new Indicator(rs.getString("name"), rs.getString("excellent"), rs.getString("good"),
                                rs.getString("fair"), rs.getString("poor"))))
                .list();
        Set<ResultKey> existing = new HashSet<>(jdbc.sql("""
                        select r.department_id, r.fiscal_year, r.activity, r.indicator_name from indicator_result r
                        join department dep on dep.id = r.department_id join region g on g.id = dep.region_id
                        where g.demo = true
                        """)
                .query((rs, n) -> new ResultKey(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
                .list());
        List<PerformanceResults.NewResult> values = new ArrayList<>();
        for (Row row : rows) {
            ResultKey key = new ResultKey(row.departmentId(), row.year(), row.activity(), row.indicator().name());
            if (!existing.add(key)) {
                continue;
            }
            long hash = hash(row.department() + "|" + row.year() + "|" + row.activity() + "|" + row.indicator().name());
            Optional<Grade> target = targetGrade(hash % 100);
            if (target.isEmpty()) {
                continue;
            }
            GradingScale scale = GradingScale.of(row.indicator());
            valueFor(scale, target.get(), hash / 100).ifPresent(value ->
                    values.add(new PerformanceResults.NewResult(key, row.disclosureId(), scale, value)));
        }
        transaction.executeWithoutResult(status -> results.writeAll(values, ResultSource.DEMO, USER));
        return values.size();
    }

    /** 优 45, 良 30, 中 10, 差 5, missing 10 (of 100). */
    static Optional<Grade> targetGrade(long percentile) {
        if (percentile < 45) {
            return Optional.of(Grade.EXCELLENT);
        }
        if (percentile < 75) {
            return Optional.of(Grade.GOOD);
        }
        if (percentile < 85) {
            return Optional.of(Grade.FAIR);
        }
        if (percentile < 90) {
            return Optional.of(Grade.POOR);
        }
        return Optional.empty();
    }

    /** A value the scale grades {@code grade}, near the interval's edge or middle (chosen by {@code pick}). */
    static Optional<BigDecimal> valueFor(GradingScale scale, Grade grade, long pick) {
        Optional<Interval> interval = scale.interval(grade);
        if (interval.isEmpty()) {
            return Optional.empty();
        }
        Interval i = interval.get();
        List<BigDecimal> candidates = new ArrayList<>();
        for (String step : List.of("0", "0.5", "1", "2", "3", "5", "8")) {
            BigDecimal d = new BigDecimal(step);
            if (i.lower() != null) {
                candidates.add(i.lower().add(d));
            }
            if (i.upper() != null) {
                candidates.add(i.upper().subtract(d));
            }
        }
        if (i.lower() != null && i.upper() != null) {
            candidates.add(i.lower().add(i.upper()).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP));
        }
        candidates.add(BigDecimal.ZERO);
        List<BigDecimal> fitting = candidates.stream()
                .filter(v -> scale.domain().range().contains(v))
                .filter(v -> !scale.domain().integers() || v.stripTrailingZeros().scale() <= 0)
                .filter(v -> !"%".equals(scale.unit()) || v.compareTo(BigDecimal.valueOf(100)) <= 0)
                .filter(v -> scale.grade(v) instanceof GradeResult.Graded g && g.grade() == grade)
                .distinct().toList();
        if (fitting.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(fitting.get((int) (pick % fitting.size())).stripTrailingZeros());
    }

    private static long hash(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
