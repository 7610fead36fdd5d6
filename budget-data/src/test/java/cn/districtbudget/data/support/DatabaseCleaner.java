package cn.districtbudget.data.support;

import org.springframework.jdbc.core.JdbcTemplate;

/** Deletes every row, children first, so each test starts empty. */
public final class DatabaseCleaner {

    private static final String[] TABLES = {
        "indicator_result_change", "indicator_result", "disclosure_table", "stated_figure", "finding", "fixed_asset_category", "procurement_item", "indicator", "work_activity",
        "duty_activity", "performance_goal", "operating_cost_item", "organisation_unit", "disclosure_text",
        "disclosure", "department", "region"
    };

    private DatabaseCleaner() {
    }

    public static void clean(JdbcTemplate jdbc) {
        for (String table : TABLES) {
            jdbc.update("delete from " + table);
        }
    }

    /** Total rows over all tables. */
    public static long rowCount(JdbcTemplate jdbc) {
        long total = 0;
        for (String table : TABLES) {
            Long n = jdbc.queryForObject("select count(*) from " + table, Long.class);
            total += n == null ? 0 : n;
        }
        return total;
    }
}
