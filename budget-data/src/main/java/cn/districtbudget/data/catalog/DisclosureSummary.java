package cn.districtbudget.data.catalog;

import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.core.money.Money;
import java.time.Instant;

/**
 * One stored revision of a disclosure. Revisions of the same department, year and kind count from 1;
 * the newest is {@code current}.
 */
public record DisclosureSummary(
        long id,
        long departmentId,
        int year,
        DisclosureKind kind,
        int revision,
        boolean current,
        String fileName,
        String sha256,
        String importedBy,
        Instant importedAt,
        Money totalExpenditure,
        int findingCount,
        int errorCount) {
}
