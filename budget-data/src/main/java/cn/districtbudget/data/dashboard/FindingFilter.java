package cn.districtbudget.data.dashboard;

import cn.districtbudget.core.finding.Severity;

/**
 * Which findings to count or list; every null field means "any". Findings of current revisions only.
 * Build with {@link #all()} and the {@code with*} methods.
 */
public record FindingFilter(Long regionId, Integer year, String rule, Severity severity, Long departmentId) {

    public static FindingFilter all() {
        return new FindingFilter(null, null, null, null, null);
    }

    public static FindingFilter region(long regionId) {
        return all().withRegion(regionId);
    }

    public FindingFilter withRegion(Long regionId) {
        return new FindingFilter(regionId, year, rule, severity, departmentId);
    }

    public FindingFilter withYear(Integer year) {
        return new FindingFilter(regionId, year, rule, severity, departmentId);
    }

    public FindingFilter withRule(String rule) {
        return new FindingFilter(regionId, year, rule, severity, departmentId);
    }

    public FindingFilter withSeverity(Severity severity) {
        return new FindingFilter(regionId, year, rule, severity, departmentId);
    }

    public FindingFilter withDepartment(Long departmentId) {
        return new FindingFilter(regionId, year, rule, severity, departmentId);
    }
}
