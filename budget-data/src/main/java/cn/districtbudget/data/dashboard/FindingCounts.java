package cn.districtbudget.data.dashboard;

import java.util.List;

/**
 * Counts of the findings a filter selects, grouped three ways, each group sorted by count descending.
 * For {@code byRule} the key is the rule id; for {@code bySeverity} the {@code Severity} name with its Chinese
 * label; for {@code byDepartment} the department id (as text) with its name.
 */
public record FindingCounts(long total, List<Count> byRule, List<Count> bySeverity, List<Count> byDepartment) {

    public FindingCounts {
        byRule = List.copyOf(byRule);
        bySeverity = List.copyOf(bySeverity);
        byDepartment = List.copyOf(byDepartment);
    }

    /** One group. */
    public record Count(String key, String label, long count) {
    }
}
