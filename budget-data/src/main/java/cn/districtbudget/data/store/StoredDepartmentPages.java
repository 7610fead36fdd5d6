package cn.districtbudget.data.store;

import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.data.catalog.DepartmentSummary;
import cn.districtbudget.data.catalog.DisclosureSummary;
import cn.districtbudget.data.dashboard.DepartmentThreePublic;
import cn.districtbudget.data.dashboard.SqlDashboardQueries;
import cn.districtbudget.data.department.DepartmentPage;
import cn.districtbudget.data.department.DepartmentPages;
import cn.districtbudget.data.department.PageTable;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link DepartmentPages} in five SQL statements: the region's departments (the neighbours), the department's
 * disclosures with their 三公 columns, the shown disclosure's row, all its child rows in one {@code union all}
 * ({@link PageChildren}), indicators already joined with their results, and its standard tables (one JSON document a
 * table, {@link TableDocuments}).
 */
@Service
@Transactional(readOnly = true)
public class StoredDepartmentPages implements DepartmentPages {

    private final JdbcClient jdbc;
    @PersistenceContext
    private EntityManager em;

    public StoredDepartmentPages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<DepartmentPage> page(long departmentId, Integer year, DisclosureKind kind, Long disclosureId) {
        List<DepartmentSummary> region = jdbc.sql(StoredDepartmentCatalog.DEPARTMENT_COLUMNS
                        + "where dep.region_id = (select o.region_id from department o where o.id = :id)")
                .param("id", departmentId).query(StoredDepartmentCatalog::department).list().stream()
                .sorted(StoredDepartmentCatalog.ORDER).toList();
        int index = -1;
        for (int i = 0; i < region.size(); i++) {
            if (region.get(i).id() == departmentId) {
                index = i;
            }
        }
        if (index < 0) {
            return Optional.empty();
        }
        DepartmentSummary department = region.get(index);
        List<DisclosureSummary> all = new ArrayList<>();
        List<DepartmentThreePublic> history = new ArrayList<>();
        jdbc.sql(StoredDepartmentCatalog.DISCLOSURE_COLUMNS.replace(" from disclosure d ", """
                        , dep.name, d.tp_outbound, d.tp_vehicles, d.tp_vehicle_purchase, d.tp_vehicle_operation,
                        d.tp_reception, d.tp_total, d.tpc_total,
                        case when d.kind = :kind and d.is_current = true then 1 else 0 end as in_history
                        from disclosure d join department dep on dep.id = d.department_id
                        """) + "where d.department_id = :department order by d.fiscal_year desc, d.kind, d.revision desc")
                .param("department", departmentId).param("kind", kind.name())
                .query((ResultSet rs) -> {
                    all.add(StoredDepartmentCatalog.disclosure(rs, 0));
                    if (rs.getInt("in_history") == 1) {
                        history.add(SqlDashboardQueries.departmentThreePublic(rs, 0));
                    }
                });
        history.sort(Comparator.comparingInt(DepartmentThreePublic::year));
        List<DisclosureSummary> ofKind = all.stream().filter(DisclosureSummary::current).filter(s -> s.kind() == kind)
                .sorted(Comparator.comparingInt(DisclosureSummary::year)).toList();
        DisclosureSummary shown = all.stream().filter(s -> Objects.equals(s.id(), disclosureId)).findFirst()
                .orElseGet(() -> ofKind.stream().filter(s -> Objects.equals(s.year(), year)).findFirst()
                        .orElse(ofKind.isEmpty() ? null : ofKind.get(ofKind.size() - 1)));
        DepartmentPage.Shown content = shown == null ? null : shown(shown, all);
        return Optional.of(new DepartmentPage(department, index > 0 ? region.get(index - 1) : null,
                index + 1 < region.size() ? region.get(index + 1) : null, kind, List.copyOf(all), ofKind, shown,
                content, List.copyOf(history)));
    }

    private DepartmentPage.Shown shown(DisclosureSummary shown, List<DisclosureSummary> all) {
        DisclosureEntity row = em.find(DisclosureEntity.class, shown.id());
        PageChildren children = PageChildren.read(jdbc, shown.id());
        Disclosure disclosure = DisclosureLoader.assemble(row, children.rows());
        List<DisclosureSummary> revisions = all.stream()
                .filter(s -> s.year() == shown.year() && s.kind() == shown.kind()).toList();
        List<PageTable> tables = jdbc.sql("select position, source_file, content from disclosure_table "
                        + "where disclosure_id = :id order by position").param("id", shown.id())
                .query((rs, n) -> TableDocuments.read(rs.getInt("position"), rs.getString("source_file"),
                        rs.getString("content"))).list();
        return new DepartmentPage.Shown(disclosure, children.findings(), revisions, children.indicators(), tables);
    }

    @Override
    public Optional<String> originalText(long disclosureId) {
        return jdbc.sql("select content from disclosure_text where disclosure_id = :id").param("id", disclosureId)
                .query(String.class).optional();
    }
}
