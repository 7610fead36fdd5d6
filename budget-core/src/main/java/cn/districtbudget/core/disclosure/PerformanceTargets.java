package cn.districtbudget.core.disclosure;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * 绩效预算信息: overall goals (总体绩效目标) and the duty-activity table.
 * {@code tableHeader} is the table's unit label as printed (e.g. {@code 731科协}).
 */
public record PerformanceTargets(List<String> goals, @Nullable String tableHeader, List<DutyActivity> activities) {

    public static final PerformanceTargets NOT_STATED = new PerformanceTargets(List.of(), null, List.of());

    public PerformanceTargets {
        goals = goals == null ? List.of() : List.copyOf(goals);
        activities = activities == null ? List.of() : List.copyOf(activities);
    }

    public List<Indicator> indicators() {
        return activities.stream().flatMap(a -> a.indicators().stream()).toList();
    }
}
