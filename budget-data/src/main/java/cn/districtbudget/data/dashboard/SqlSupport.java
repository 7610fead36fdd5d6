package cn.districtbudget.data.dashboard;

import cn.districtbudget.core.money.Money;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reading result-set columns into core types. */
public final class SqlSupport {

    private SqlSupport() {
    }

    /**
     * The one definition of "the current budget disclosure" (the rows every dashboard and list reads): kind BUDGET,
     * the current revision. {@code alias} is the disclosure table's alias in the query.
     */
    public static String currentBudget(String alias) {
        return " " + alias + ".kind = 'BUDGET' and " + alias + ".is_current = true ";
    }

    /** The column as exact money, or null. */
    public static Money money(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : Money.ofYuan(value.setScale(2, java.math.RoundingMode.UNNECESSARY));
    }

    public static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
