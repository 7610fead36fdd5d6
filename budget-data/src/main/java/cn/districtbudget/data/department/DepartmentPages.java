package cn.districtbudget.data.department;

import cn.districtbudget.core.disclosure.DisclosureKind;
import java.util.Optional;

/** The department page's reads: everything it shows in one call, the original text in another. */
public interface DepartmentPages {

    /**
     * The page of a department; empty when there is no such department. The shown disclosure is {@code disclosureId}
     * when it is one of this department's, else the current one of {@code kind} for {@code year}, else the newest
     * current one of {@code kind}; none when the department has no disclosure of that kind.
     */
    Optional<DepartmentPage> page(long departmentId, Integer year, DisclosureKind kind, Long disclosureId);

    /** The text as imported, read only when the user opens the original-text panel. */
    Optional<String> originalText(long disclosureId);
}
