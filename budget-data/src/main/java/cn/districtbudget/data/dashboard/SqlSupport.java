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

    /**
     * The one spelling of "an indicator's result" (the 绩效自评 actual value entered for it): a left join of
     * {@code indicator_result} as {@code result} on the department and year of the disclosure {@code disclosure}, the
     * indicator's name ({@code indicator}) and its activity's name ({@code activity}, a work activity; '' when none),
     * with a stated value. Append further join conditions with {@code and}.
     */
    public static String resultOfIndicator(String disclosure, String indicator, String activity, String result) {
        return " left join indicator_result " + result + " on " + result + ".department_id = " + disclosure
                + ".department_id and " + result + ".fiscal_year = " + disclosure + ".fiscal_year and " + result
                + ".indicator_name = " + indicator + ".name and " + result + ".activity = coalesce(" + activity
                + ".name, '') and " + result + ".actual_value is not null ";
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
