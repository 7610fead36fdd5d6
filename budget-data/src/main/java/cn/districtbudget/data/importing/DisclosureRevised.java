package cn.districtbudget.data.importing;

import cn.districtbudget.core.disclosure.DisclosureKind;

/**
 * Published inside the import's transaction when a changed document became a new revision of a department's
 * disclosure for {@code year}: what depends on its contents (stored grades of performance results) follows it.
 */
public record DisclosureRevised(long departmentId, int year, DisclosureKind kind) {
}
