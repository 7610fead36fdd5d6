package cn.districtbudget.data.performance;

import java.util.Objects;

/**
 * Which result: a department's indicator in a year, by the indicator's name and its work activity (工作活动) as
 * published in the current budget disclosure (names repeat across activities, e.g. 运行保障事务完成率).
 */
public record ResultKey(long departmentId, int year, String activity, String indicatorName) {

    public ResultKey {
        activity = activity == null ? "" : activity;
        Objects.requireNonNull(indicatorName, "indicatorName");
    }
}
