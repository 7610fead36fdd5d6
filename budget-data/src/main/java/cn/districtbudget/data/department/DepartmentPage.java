package cn.districtbudget.data.department;

import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.data.catalog.DepartmentSummary;
import cn.districtbudget.data.catalog.DisclosureSummary;
import cn.districtbudget.data.dashboard.DepartmentThreePublic;
import java.util.List;

/**
 * Everything the department page shows, already joined.
 *
 * @param previous        the department before this one in the region's order (code, then name); null at the start
 * @param next            the department after it; null at the end
 * @param kind            the kind asked for (budget or final accounts)
 * @param disclosures     every stored revision of every disclosure of the department, newest year first
 * @param yearsOfKind     the current revisions of {@code kind}, ascending by year (the year switcher)
 * @param shown           the shown revision; null when the department has none of {@code kind}
 * @param content         the shown disclosure read back; null when {@code shown} is null
 * @param threePublicHistory 三公 of the department's current disclosures of the page's kind (budgets, or final
 *                           accounts), ascending by year
 */
public record DepartmentPage(
        DepartmentSummary department,
        DepartmentSummary previous,
        DepartmentSummary next,
        DisclosureKind kind,
        List<DisclosureSummary> disclosures,
        List<DisclosureSummary> yearsOfKind,
        DisclosureSummary shown,
        Shown content,
        List<DepartmentThreePublic> threePublicHistory) {

    /** True when the department also has disclosures of the other kind. */
    public boolean hasOtherKind() {
        return disclosures.stream().anyMatch(s -> s.kind() != kind);
    }

    /**
     * The shown disclosure: every section with its stated figures and their evidence, its findings, all revisions of
     * the same department, year and kind (newest first), its indicators paired with their entered results and its
     * standard tables as read (file order, then document order; empty for a text without tables).
     */
    public record Shown(Disclosure disclosure, List<Finding> findings, List<DisclosureSummary> revisions,
                        List<PagedIndicator> indicators, List<PageTable> tables) {
    }
}
