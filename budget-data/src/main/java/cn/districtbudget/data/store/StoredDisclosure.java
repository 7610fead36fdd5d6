package cn.districtbudget.data.store;

import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.core.money.Money;

/** What was stored (or found already stored): the key figures an import reports. */
public record StoredDisclosure(
        long disclosureId,
        long departmentId,
        String departmentName,
        int year,
        DisclosureKind kind,
        int revision,
        Money totalExpenditure,
        int findingCount,
        int errorCount) {
}
