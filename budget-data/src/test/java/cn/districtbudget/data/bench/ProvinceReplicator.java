package cn.districtbudget.data.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Makes province-scale data fast: copies one imported region (its departments, disclosures and every child row
 * except the original texts) N times with INSERT … SELECT, shifting every id by a per-copy offset. Figures are
 * the template's; region names, keys and SHA-256 values are made unique.
 */
final class ProvinceReplicator {

    private static final String[] TABLES = {
        "region", "department", "disclosure", "organisation_unit", "operating_cost_item", "performance_goal",
        "duty_activity", "work_activity", "indicator", "procurement_item", "fixed_asset_category", "finding",
        "stated_figure"
    };
    private static final List<String> ID_COLUMNS = List.of("id", "region_id", "department_id", "disclosure_id",
            "duty_activity_id", "work_activity_id");

    private final JdbcTemplate jdbc;

    ProvinceReplicator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    int replicate(long templateRegion, int copies) {
        long step = 1;
        for (String table : TABLES) {
            Long max = jdbc.queryForObject("select max(id) from " + table, Long.class);
            step = Math.max(step, max == null ? 0 : max + 1);
        }
        List<String> statements = new ArrayList<>();
        for (String table : TABLES) {
            statements.add(copyStatement(table));
        }
        for (int copy = 1; copy <= copies; copy++) {
            long offset = step * copy;
            for (String statement : statements) {
                jdbc.update(statement.replace(":offset", Long.toString(offset)).replace(":copy", Integer.toString(copy))
                        .replace(":region", Long.toString(templateRegion)));
            }
        }
        return copies;
    }

    private String copyStatement(String table) {
        List<String> columns = jdbc.query("select * from " + table + " where 1 = 0", rs -> {
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                names.add(rs.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT));
            }
            return names;
        });
        List<String> values = new ArrayList<>();
        for (String column : columns) {
            String c = "t." + column;
            if (ID_COLUMNS.contains(column)) {
                values.add(c + " + :offset");
            } else if (table.equals("region") && (column.equals("region_key") || column.equals("name")
                    || column.equals("district"))) {
                values.add(c + " || '#' || ':copy'");
            } else if (column.equals("sha256")) {
                values.add("substring(" + c + ", 1, 56) || lpad(':copy', 8, '0')");
            } else {
                values.add(c);
            }
        }
        return "insert into " + table + " (" + String.join(", ", columns) + ") select " + String.join(", ", values)
                + " from " + table + " t where " + templateFilter(table);
    }

    private static String templateFilter(String table) {
        return switch (table) {
            case "region" -> "t.id = :region";
            case "department", "disclosure" -> "t.region_id = :region";
            case "work_activity" -> "t.duty_activity_id in (select a.id from duty_activity a join disclosure d "
                    + "on d.id = a.disclosure_id where d.region_id = :region)";
            default -> "t.disclosure_id in (select d.id from disclosure d where d.region_id = :region)";
        };
    }
}
