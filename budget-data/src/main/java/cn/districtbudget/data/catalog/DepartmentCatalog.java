package cn.districtbudget.data.catalog;

import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.data.dashboard.DepartmentThreePublic;
import java.util.List;
import java.util.Optional;

/** Departments and their stored disclosures, read back as core types. Department order: by code, then name. */
public interface DepartmentCatalog {

    List<DepartmentSummary> departments(long regionId);

    /** {@link #departments(long)} with each one's expenditure in {@code year}, in one query (the department list). */
    List<DepartmentListRow> departmentList(long regionId, int year);

    Optional<DepartmentSummary> department(long departmentId);

    /** All stored revisions of all disclosures of a department, newest year first, current revision first. */
    List<DisclosureSummary> disclosures(long departmentId);

    /** The current revision for a year and kind. */
    Optional<DisclosureSummary> currentDisclosure(long departmentId, int year, DisclosureKind kind);

    Optional<DisclosureSummary> disclosureSummary(long disclosureId);

    /** The whole disclosure, every section read back from the stored tables. */
    Optional<Disclosure> disclosure(long disclosureId);

    /** The findings stored with the disclosure (reading and checking), in stored order. */
    List<Finding> findings(long disclosureId);

    /** All revisions of the same department, year and kind as {@code disclosureId}, newest first. */
    List<DisclosureSummary> revisions(long disclosureId);

    /** The text as imported. */
    Optional<String> originalText(long disclosureId);

    /** 三公 of the department across all years of its current budget disclosures, ascending by year. */
    List<DepartmentThreePublic> threePublicHistory(long departmentId);

    /** The department before this one in {@link #departments(long)} order of its region; empty at the start. */
    Optional<DepartmentSummary> previousDepartment(long departmentId);

    /** The department after this one; empty at the end. */
    Optional<DepartmentSummary> nextDepartment(long departmentId);
}
