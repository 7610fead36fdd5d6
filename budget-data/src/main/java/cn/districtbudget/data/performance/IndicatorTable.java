package cn.districtbudget.data.performance;

import cn.districtbudget.core.disclosure.DepartmentKey;
import cn.districtbudget.data.dashboard.SqlSupport;
import cn.districtbudget.core.disclosure.Indicator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the indicators of a department's current budget disclosure for a year, in published order. */
@Component
class IndicatorTable {

    private final JdbcClient jdbc;

    IndicatorTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The disclosure a department-year's results are graded against. */
    record Head(long disclosureId, long departmentId, String departmentName, String departmentCode, long regionId,
                int year) {
    }

    /** An indicator with the work activity it belongs to. */
    record Entry(String activity, Indicator indicator) {
        ResultKey key(long departmentId, int year) {
            return new ResultKey(departmentId, year, activity, indicator.name());
        }
    }

    Optional<Head> head(long departmentId, int year) {
        return jdbc.sql("""
                        select d.id, dep.id as dep_id, dep.name, dep.code, dep.region_id, d.fiscal_year
                        from disclosure d join department dep on dep.id = d.department_id
                        where d.department_id = :dep and d.fiscal_year = :year and""" + SqlSupport.currentBudget("d"))
                .param("dep", departmentId).param("year", year)
                .query((rs, n) -> new Head(rs.getLong("id"), rs.getLong("dep_id"), rs.getString("name"),
                        rs.getString("code"), rs.getLong("region_id"), rs.getInt("fiscal_year")))
                .optional();
    }

    /** Indicators of the disclosure, each (activity, name) once, in published order; unnamed ones left out. */
    List<Entry> entries(long disclosureId) {
        List<Entry> rows = jdbc.sql("""
                        select wa.name as activity, i.name, i.excellent, i.good, i.fair, i.poor
                        from indicator i
                        join work_activity wa on wa.id = i.work_activity_id
                        join duty_activity da on da.id = wa.duty_activity_id
                        where i.disclosure_id = :disclosure and i.name is not null
                        order by da.position, wa.position, i.position
                        """)
                .param("disclosure", disclosureId)
                .query((rs, n) -> new Entry(rs.getString("activity") == null ? "" : rs.getString("activity"),
                        new Indicator(rs.getString("name"), rs.getString("excellent"), rs.getString("good"),
                                rs.getString("fair"), rs.getString("poor"))))
                .list();
        Map<String, Entry> unique = new LinkedHashMap<>();
        for (Entry e : rows) {
            unique.putIfAbsent(e.activity() + "\u0000" + e.indicator().name(), e);
        }
        return new ArrayList<>(unique.values());
    }

    /** Years with a current budget disclosure of the department, ascending. */
    List<Integer> years(long departmentId) {
        return jdbc.sql("""
                        select distinct d.fiscal_year from disclosure d
                        where d.department_id = :dep and""" + SqlSupport.currentBudget("d") + """
                        order by d.fiscal_year
                        """)
                .param("dep", departmentId).query(Integer.class).list();
    }

    /** The department of the region with this budget code, else with this name (compared as the store does: {@link DepartmentKey}). */
    Optional<Long> department(long regionId, String codeOrName) {
        List<Long> byCode = jdbc.sql("select id from department where region_id = :region and code = :code")
                .param("region", regionId).param("code", codeOrName.strip()).query(Long.class).list();
        if (byCode.size() == 1) {
            return Optional.of(byCode.get(0));
        }
        return jdbc.sql("select id from department where region_id = :region and normalized_name = :name")
                .param("region", regionId).param("name", DepartmentKey.normalise(codeOrName)).query(Long.class).optional();
    }

}
