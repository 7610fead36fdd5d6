package cn.districtbudget.data.importing;

import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.disclosure.DisclosureKind;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The disclosures this importer stored last, by department, year and kind, so that importing a series year by
 * year checks each against its prior year without reading it back. Only committed disclosures are put here;
 * the newest revision replaces an older one.
 */
final class RecentDisclosures {

    private record Key(long departmentId, int year, DisclosureKind kind) {
    }

    private final Map<Key, Disclosure> recent;

    RecentDisclosures(int capacity) {
        this.recent = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Disclosure> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Disclosure get(long departmentId, int year, DisclosureKind kind) {
        return recent.get(new Key(departmentId, year, kind));
    }

    synchronized void put(long departmentId, Disclosure disclosure) {
        recent.put(new Key(departmentId, disclosure.year(), disclosure.kind()), disclosure);
    }
}
