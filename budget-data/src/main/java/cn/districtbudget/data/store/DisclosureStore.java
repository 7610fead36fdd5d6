package cn.districtbudget.data.store;

import cn.districtbudget.core.disclosure.Department;
import cn.districtbudget.core.disclosure.DepartmentKey;
import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.core.disclosure.Region;
import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.tables.StandardTable;
import cn.districtbudget.core.tables.TableReadResult;
import cn.districtbudget.data.department.PageTable;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Writes disclosures (with regions, departments, revisions, children, findings and text) and reads them back.
 * Methods join the caller's transaction; the importer runs one transaction per file.
 */
@Component
public class DisclosureStore {

    private static final String READ_ONLY = org.hibernate.jpa.HibernateHints.HINT_READ_ONLY;

    @PersistenceContext
    private EntityManager em;

    /** A disclosure stored with this text's hash (current or not), if any. */
    public Optional<StoredDisclosure> findBySha256(String sha256) {
        return em.createQuery("select d from DisclosureEntity d where d.sha256 = :sha order by d.id",
                        DisclosureEntity.class)
                .setParameter("sha", sha256).setMaxResults(1).getResultStream().findFirst().map(this::summary);
    }

    /**
     * Stores a disclosure as a new revision: revision 1 for a new department, year and kind, else the next
     * one, which becomes current. Creates the region and department when unknown.
     */
    public StoredDisclosure store(String fileName, String text, String sha256, Disclosure disclosure,
                                  List<Finding> findings, String user, Instant at) {
        return store(fileName, text, sha256, disclosure, findings, user, at, match(disclosure.department()));
    }

    /**
     * Where a department's disclosures go: the stored region and department, each null when not stored yet; and a
     * conflict (else null) when the code is one stored department's and the name another's.
     */
    public record Match(RegionEntityRef region, DepartmentEntityRef department, DepartmentConflict conflict) {
    }

    /** The department of the document's code and the other stored department of its name. */
    public record DepartmentConflict(String code, long byCodeId, String byCodeName, long byNameId, String byNameName) {
    }

    /** The current revision stored with this (normalised) text's hash, if any. */
    public Optional<StoredDisclosure> findCurrentBySha256(String sha256) {
        return em.createQuery("select d from DisclosureEntity d where d.sha256 = :sha and d.current = true",
                        DisclosureEntity.class)
                .setParameter("sha", sha256).setMaxResults(1).getResultStream().findFirst().map(this::summary);
    }

    /** Opaque handle of a stored region. */
    public record RegionEntityRef(long id) {
    }

    /** Opaque handle of a stored department. */
    public record DepartmentEntityRef(long id) {
    }

    /** Finds the stored region and department an import of this department would use, creating nothing. */
    public Match match(Department department) {
        Optional<RegionEntity> region = findRegion(department);
        Optional<DepartmentEntity> stored = region.flatMap(r -> findDepartment(r.id, department));
        DepartmentConflict conflict = null;
        if (stored.isPresent() && department.code() != null && !department.code().isBlank()) {
            DepartmentEntity byCode = stored.get();
            String name = DepartmentKey.normalise(department.name());
            if (!name.equals(byCode.normalizedName)) {
                conflict = findByName(region.get().id, name)
                        .filter(other -> !other.id.equals(byCode.id))
                        .map(other -> new DepartmentConflict(department.code().trim(), byCode.id, byCode.name,
                                other.id, other.name))
                        .orElse(null);
            }
        }
        return new Match(region.map(r -> new RegionEntityRef(r.id)).orElse(null),
                stored.map(d -> new DepartmentEntityRef(d.id)).orElse(null), conflict);
    }

    /** The current revision for a stored department, year and kind. */
    public Optional<Disclosure> findCurrent(Match match, int year, DisclosureKind kind) {
        if (match.department() == null) {
            return Optional.empty();
        }
        return em.createQuery("select d from DisclosureEntity d where d.departmentId = :dep "
                        + "and d.year = :year and d.kind = :kind and d.current = true", DisclosureEntity.class)
                .setParameter("dep", match.department().id()).setParameter("year", year)
                .setParameter("kind", kind.name()).setHint(READ_ONLY, true)
                .getResultStream().findFirst().map(e -> DisclosureLoader.load(em, e));
    }

    /** As {@link #store(String, String, String, Disclosure, List, String, Instant)}, with the match already made. */
    public StoredDisclosure store(String fileName, String text, String sha256, Disclosure disclosure,
                                  List<Finding> findings, String user, Instant at, Match match) {
        RegionEntity region = match.region() != null ? em.find(RegionEntity.class, match.region().id())
                : findOrCreateRegion(disclosure.department());
        completeParents(region, disclosure.department().region());
        DepartmentEntity department;
        if (match.department() != null) {
            department = em.find(DepartmentEntity.class, match.department().id());
            String previousCode = department.code;
            updateHeader(department, disclosure.department());
            if (codeOfAnother(department, previousCode)) {
                department.code = previousCode; // a code stays with one department (a conflict resolved by name)
            }
        } else {
            department = findOrCreateDepartment(region.id, disclosure.department());
        }
        Integer latest = match.department() == null ? null : em.createQuery("select max(d.revision) "
                        + "from DisclosureEntity d where d.departmentId = :dep and d.year = :year and d.kind = :kind",
                        Integer.class)
                .setParameter("dep", department.id).setParameter("year", disclosure.year())
                .setParameter("kind", disclosure.kind().name()).getSingleResult();
        if (latest != null) {
            em.createQuery("update DisclosureEntity d set d.current = false, d.version = d.version + 1 "
                            + "where d.departmentId = :dep and d.year = :year and d.kind = :kind and d.current = true")
                    .setParameter("dep", department.id).setParameter("year", disclosure.year())
                    .setParameter("kind", disclosure.kind().name()).executeUpdate();
        }
        DisclosureEntity e = new DisclosureEntity();
        e.departmentId = department.id;
        e.regionId = region.id;
        e.revision = latest == null ? 1 : latest + 1;
        e.current = true;
        e.fileName = fileName;
        e.sha256 = sha256;
        e.importedBy = user;
        e.importedAt = at;
        DisclosureWriter.fill(e, disclosure, findings);
        em.persist(e);
        DisclosureTextEntity textEntity = new DisclosureTextEntity();
        textEntity.disclosureId = e.id;
        textEntity.content = text;
        em.persist(textEntity);
        DisclosureWriter.persistChildren(em, e.id, disclosure, findings);
        return summary(e);
    }

    /**
     * Stores the standard tables of a stored disclosure, file after file and each file's in document order, each with
     * the table findings that concern it (linked to its cell, row or the table by their evidence). Joins the caller's
     * transaction (the import's).
     */
    public void storeTables(long disclosureId, List<TableReadResult> files) {
        int position = 0;
        for (TableReadResult file : files) {
            List<List<PageTable.LinkedFinding>> linked = TableDocuments.link(file);
            for (int t = 0; t < file.tables().size(); t++) {
                StandardTable table = file.tables().get(t);
                DisclosureTableEntity e = new DisclosureTableEntity();
                e.disclosureId = disclosureId;
                e.position = position++;
                e.kind = table.kind().name();
                e.title = cut(table.title(), 500);
                e.unit = table.unit() == null ? null : table.unit().name();
                e.sourceFile = cut(file.file(), 500);
                e.place = table.evidence() == null ? null : cut(table.evidence().place(), 200);
                e.figureCount = table.figureCount();
                e.content = TableDocuments.write(table, linked.get(t));
                em.persist(e);
            }
        }
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** The current revision of the department's disclosure for a year and kind, matched as an import would. */
    public Optional<Disclosure> findCurrent(Department department, int year, DisclosureKind kind) {
        return findCurrent(match(department), year, kind);
    }

    public Optional<Disclosure> load(long disclosureId) {
        return Optional.ofNullable(em.find(DisclosureEntity.class, disclosureId))
                .map(e -> DisclosureLoader.load(em, e));
    }

    public List<Finding> findings(long disclosureId) {
        return DisclosureLoader.findings(em, disclosureId);
    }

    public Optional<String> originalText(long disclosureId) {
        return Optional.ofNullable(em.find(DisclosureTextEntity.class, disclosureId)).map(t -> t.content);
    }

    private StoredDisclosure summary(DisclosureEntity e) {
        return new StoredDisclosure(e.id, e.departmentId, e.depName, e.year, DisclosureKind.valueOf(e.kind),
                e.revision, DisclosureLoader.money(e.expTotal), e.findingCount, e.errorCount);
    }

    /**
     * The stored region of exactly this province, city and district; else the only stored region of the same
     * district whose province and city do not contradict (one side unknown or both equal): 山海关区 and
     * 秦皇岛市山海关区 are one region (issue 10 item 10), 大连市山海关区 another.
     */
    private Optional<RegionEntity> findRegion(Department department) {
        Region wanted = department.region();
        Optional<RegionEntity> exact = em.createQuery("select r from RegionEntity r where r.regionKey = :key",
                        RegionEntity.class)
                .setParameter("key", DepartmentKey.regionKey(wanted)).getResultStream().findFirst();
        if (exact.isPresent() || wanted.district() == null || wanted.district().isBlank()) {
            return exact;
        }
        String district = DepartmentKey.normalise(wanted.district());
        List<RegionEntity> compatible = em.createQuery("select r from RegionEntity r where r.district is not null",
                        RegionEntity.class).getResultStream()
                .filter(r -> DepartmentKey.normalise(r.district).equals(district))
                .filter(r -> compatible(r.province, wanted.province()) && compatible(r.city, wanted.city()))
                .limit(2).toList();
        return compatible.size() == 1 ? Optional.of(compatible.get(0)) : Optional.empty();
    }

    private static boolean compatible(String stored, String wanted) {
        return stored == null || stored.isBlank() || wanted == null || wanted.isBlank()
                || DepartmentKey.normalise(stored).equals(DepartmentKey.normalise(wanted));
    }

    /** Fills in the parents the stored region lacks and the document states (the key follows). */
    private void completeParents(RegionEntity region, Region stated) {
        boolean changed = false;
        if ((region.province == null || region.province.isBlank()) && stated.province() != null
                && !stated.province().isBlank()) {
            region.province = stated.province();
            changed = true;
        }
        if ((region.city == null || region.city.isBlank()) && stated.city() != null && !stated.city().isBlank()) {
            region.city = stated.city();
            changed = true;
        }
        if (changed) {
            region.regionKey = DepartmentKey.regionKey(new Region(region.province, region.city, region.district));
        }
    }

    private RegionEntity findOrCreateRegion(Department department) {
        return findRegion(department).orElseGet(() -> {
            RegionEntity r = new RegionEntity();
            r.regionKey = DepartmentKey.regionKey(department.region());
            r.province = department.region().province();
            r.city = department.region().city();
            r.district = department.region().district();
            r.name = regionName(department.region());
            r.demo = r.regionKey.contains("示例");
            em.persist(r);
            return r;
        });
    }

    private Optional<DepartmentEntity> findDepartment(long regionId, Department department) {
        if (department.code() != null && !department.code().isBlank()) {
            Optional<DepartmentEntity> byCode = em.createQuery("select d from DepartmentEntity d "
                            + "where d.regionId = :region and d.code = :code order by d.id", DepartmentEntity.class)
                    .setParameter("region", regionId).setParameter("code", department.code().trim())
                    .setMaxResults(1).getResultStream().findFirst();
            if (byCode.isPresent()) {
                return byCode;
            }
        }
        return findByName(regionId, DepartmentKey.normalise(department.name()));
    }

    private Optional<DepartmentEntity> findByName(long regionId, String normalisedName) {
        return em.createQuery("select d from DepartmentEntity d where d.regionId = :region "
                        + "and d.normalizedName = :name", DepartmentEntity.class)
                .setParameter("region", regionId).setParameter("name", normalisedName)
                .getResultStream().findFirst();
    }

    private DepartmentEntity findOrCreateDepartment(long regionId, Department department) {
        DepartmentEntity d = findDepartment(regionId, department).orElseGet(() -> {
            DepartmentEntity created = new DepartmentEntity();
            created.regionId = regionId;
            created.name = department.name();
            created.normalizedName = DepartmentKey.normalise(department.name());
            em.persist(created);
            return created;
        });
        return updateHeader(d, department);
    }

    private boolean codeOfAnother(DepartmentEntity d, String previousCode) {
        if (d.code == null || d.code.equals(previousCode)) {
            return false;
        }
        return !em.createQuery("select d.id from DepartmentEntity d where d.regionId = :region and d.code = :code "
                        + "and d.id <> :id", Long.class)
                .setParameter("region", d.regionId).setParameter("code", d.code).setParameter("id", d.id)
                .setMaxResults(1).getResultList().isEmpty();
    }

    private static DepartmentEntity updateHeader(DepartmentEntity d, Department department) {
        if (department.code() != null && !department.code().isBlank()) {
            d.code = department.code().trim();
        }
        if (department.nature() != null) {
            d.nature = department.nature().name();
        }
        if (department.rank() != null) {
            d.rank = department.rank();
        }
        if (department.fundingForm() != null) {
            d.fundingForm = department.fundingForm().name();
        }
        return d;
    }

    private static String regionName(Region region) {
        String name = region.shortName();
        return name == null ? "未知地区" : name;
    }
}
