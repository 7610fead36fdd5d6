package cn.districtbudget.data.dashboard;

import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.core.finding.Section;
import cn.districtbudget.core.finding.Severity;

/** One stored finding with where it belongs, so the UI can link to the department and year. */
public record FindingRow(
        long findingId,
        String rule,
        Severity severity,
        Section section,
        String message,
        Integer line,
        long departmentId,
        String departmentName,
        int year,
        DisclosureKind kind,
        long disclosureId) {
}
