package cn.districtbudget.data.store;

import cn.districtbudget.data.dashboard.SqlSupport;
import static cn.districtbudget.data.dashboard.SqlSupport.money;

import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.core.disclosure.FundingForm;
import cn.districtbudget.core.disclosure.UnitNature;
import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.data.catalog.DepartmentCatalog;
import cn.districtbudget.data.catalog.DepartmentListRow;
import cn.districtbudget.data.catalog.DepartmentSummary;
import cn.districtbudget.data.catalog.DisclosureSummary;
import cn.districtbudget.data.dashboard.DepartmentThreePublic;
import cn.districtbudget.data.dashboard.SqlDashboardQueries;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link DepartmentCatalog} over the stored tables: summaries by SQL, whole disclosures through the loader. */
@Service
@Transactional(readOnly = true)
public class StoredDepartmentCatalog implements DepartmentCatalog {

    private static final Collator CHINESE = Collator.getInstance(Locale.CHINA);
    /** By code (numerically when both are numbers), departments without code last, then by name. */
    static final Comparator<DepartmentSummary> ORDER = Comparator
            .comparing(DepartmentSummary::code, Comparator.nullsLast(StoredDepartmentCatalog::compareCodes))
            .thenComparing(DepartmentSummary::name, CHINESE)
            .thenComparing(DepartmentSummary::id);

    static final String DEPARTMENT_COLUMNS = "select dep.id, dep.name, dep.code, dep.region_id, r.name as region_name, "
            + "dep.nature, dep.unit_rank, dep.funding_form from department dep join region r on r.id = dep.region_id ";
    static final String DISCLOSURE_COLUMNS = "select d.id, d.department_id, d.fiscal_year, d.kind, d.revision, "
            + "d.is_current, d.file_name, d.sha256, d.imported_by, d.imported_at, d.exp_total, d.finding_count, "
            + "d.error_count from disclosure d ";

    private final JdbcClient jdbc;
    private final DisclosureStore store;

    public StoredDepartmentCatalog(JdbcClient jdbc, DisclosureStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    @Override
    public List<DepartmentSummary> departments(long regionId) {
        return jdbc.sql(DEPARTMENT_COLUMNS + "where dep.region_id = :region").param("region", regionId)
                .query(StoredDepartmentCatalog::department).list().stream().sorted(ORDER).toList();
    }

    @Override
    public List<DepartmentListRow> departmentList(long regionId, int year) {
        return jdbc.sql(DEPARTMENT_COLUMNS.replace(" from department dep ",
                                ", d.exp_total, d.exp_personnel, d.exp_public_use, d.exp_project from department dep ")
                        + "left join disclosure d on d.department_id = dep.id and d.fiscal_year = :year "
                        + "and" + SqlSupport.currentBudget("d") + "where dep.region_id = :region")
                .param("region", regionId).param("year", year)
                .query((rs, n) -> new DepartmentListRow(department(rs, n), money(rs, "exp_total"),
                        money(rs, "exp_personnel"), money(rs, "exp_public_use"), money(rs, "exp_project")))
                .list().stream()
                .sorted(Comparator.comparing(DepartmentListRow::department, ORDER)).toList();
    }

    @Override
    public Optional<DepartmentSummary> department(long departmentId) {
        return jdbc.sql(DEPARTMENT_COLUMNS + "where dep.id = :id").param("id", departmentId)
                .query(StoredDepartmentCatalog::department).optional();
    }

    @Override
    public List<DisclosureSummary> disclosures(long departmentId) {
        return jdbc.sql(DISCLOSURE_COLUMNS + "where d.department_id = :department "
                        + "order by d.fiscal_year desc, d.kind, d.revision desc")
                .param("department", departmentId).query(StoredDepartmentCatalog::disclosure).list();
    }

    @Override
    public Optional<DisclosureSummary> currentDisclosure(long departmentId, int year, DisclosureKind kind) {
        return jdbc.sql(DISCLOSURE_COLUMNS + "where d.department_id = :department and d.fiscal_year = :year "
                        + "and d.kind = :kind and d.is_current = true")
                .param("department", departmentId).param("year", year).param("kind", kind.name())
                .query(StoredDepartmentCatalog::disclosure).optional();
    }

    @Override
    public Optional<DisclosureSummary> disclosureSummary(long disclosureId) {
        return jdbc.sql(DISCLOSURE_COLUMNS + "where d.id = :id").param("id", disclosureId)
                .query(StoredDepartmentCatalog::disclosure).optional();
    }

    @Override
    public Optional<Disclosure> disclosure(long disclosureId) {
        return store.load(disclosureId);
    }

    @Override
    public List<Finding> findings(long disclosureId) {
        return store.findings(disclosureId);
    }

    @Override
    public List<DisclosureSummary> revisions(long disclosureId) {
        return jdbc.sql(DISCLOSURE_COLUMNS + "join disclosure o on o.department_id = d.department_id "
                        + "and o.fiscal_year = d.fiscal_year and o.kind = d.kind where o.id = :id "
                        + "order by d.revision desc")
                .param("id", disclosureId).query(StoredDepartmentCatalog::disclosure).list();
    }

    @Override
    public Optional<String> originalText(long disclosureId) {
        return store.originalText(disclosureId);
    }

    @Override
    public List<DepartmentThreePublic> threePublicHistory(long departmentId) {
        return jdbc.sql("""
                        select d.department_id, dep.name, d.fiscal_year, d.id, d.tp_outbound, d.tp_vehicles,
                               d.tp_vehicle_purchase, d.tp_vehicle_operation, d.tp_reception, d.tp_total, d.tpc_total
                        from disclosure d join department dep on dep.id = d.department_id
                        where d.department_id = :department and""" + SqlSupport.currentBudget("d") + """
                        order by d.fiscal_year
                        """)
                .param("department", departmentId).query(SqlDashboardQueries::departmentThreePublic).list();
    }

    @Override
    public Optional<DepartmentSummary> previousDepartment(long departmentId) {
        return neighbour(departmentId, -1);
    }

    @Override
    public Optional<DepartmentSummary> nextDepartment(long departmentId) {
        return neighbour(departmentId, +1);
    }

    private Optional<DepartmentSummary> neighbour(long departmentId, int step) {
        return department(departmentId).flatMap(dep -> {
            List<DepartmentSummary> all = departments(dep.regionId());
            int index = all.indexOf(dep) + step;
            return index >= 0 && index < all.size() ? Optional.of(all.get(index)) : Optional.empty();
        });
    }

    private static int compareCodes(String a, String b) {
        boolean numeric = a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit)
                && !a.isEmpty() && !b.isEmpty() && a.length() < 18 && b.length() < 18;
        return numeric ? Long.compare(Long.parseLong(a), Long.parseLong(b)) : a.compareTo(b);
    }

    static DepartmentSummary department(ResultSet rs, int n) throws SQLException {
        String nature = rs.getString("nature");
        String funding = rs.getString("funding_form");
        return new DepartmentSummary(rs.getLong("id"), rs.getString("name"), rs.getString("code"),
                rs.getLong("region_id"), rs.getString("region_name"),
                nature == null ? null : UnitNature.valueOf(nature), rs.getString("unit_rank"),
                funding == null ? null : FundingForm.valueOf(funding));
    }

    static DisclosureSummary disclosure(ResultSet rs, int n) throws SQLException {
        Timestamp importedAt = rs.getTimestamp("imported_at");
        return new DisclosureSummary(rs.getLong("id"), rs.getLong("department_id"), rs.getInt("fiscal_year"),
                DisclosureKind.valueOf(rs.getString("kind")), rs.getInt("revision"), rs.getBoolean("is_current"),
                rs.getString("file_name"), rs.getString("sha256"), rs.getString("imported_by"),
                importedAt == null ? null : importedAt.toInstant(), money(rs, "exp_total"), rs.getInt("finding_count"),
                rs.getInt("error_count"));
    }
}
