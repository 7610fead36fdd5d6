package cn.districtbudget.ui.testsupport;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** The shared H2 test database, emptied between test classes (schema and Flyway history kept). */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** Deletes every row of every table except Flyway's history. */
    public static void empty(JdbcTemplate jdbc) {
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables"
                + " where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'"
                + " and table_name <> 'flyway_schema_history'", String.class);
        jdbc.execute("set referential_integrity false");
        try {
            for (String table : tables) {
                jdbc.execute("truncate table \"" + table.replace("\"", "\"\"") + "\"");
            }
        } finally {
            jdbc.execute("set referential_integrity true");
        }
    }
}
