package cn.districtbudget.data.performance;

import cn.districtbudget.core.disclosure.DisclosureKind;

import cn.districtbudget.core.disclosure.Grade;
import cn.districtbudget.core.grading.DepartmentGrade;
import cn.districtbudget.core.grading.GradeResult;
import cn.districtbudget.core.grading.GradingScale;
import cn.districtbudget.data.audit.AuditAction;
import cn.districtbudget.data.audit.AuditLog;
import cn.districtbudget.data.importing.DisclosureRevised;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 绩效自评: actual results of a department's indicators for a year, graded with the thresholds of its current budget
 * disclosure ({@link GradingScale}); saved one by one with optimistic locking, or imported from CSV / .xlsx files.
 * Every change is recorded (who, when, old, new). The stored grade is what the dashboards aggregate in SQL.
 */
@Service
public class PerformanceResults {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    @PersistenceContext
    private EntityManager em;
    private final IndicatorTable table;
    private final ResultImport importer;

    private final AuditLog audit;

    PerformanceResults(IndicatorTable table, AuditLog audit) {
        this.table = table;
        this.importer = new ResultImport(table);
        this.audit = audit;
    }

    /** Years with a current budget disclosure of the department, ascending. */
    @Transactional(readOnly = true)
    public List<Integer> years(long departmentId) {
        return table.years(departmentId);
    }

    /** Every indicator of the department-year with value and grade, and the department-year grade. */
    @Transactional(readOnly = true)
    public Optional<DepartmentYearResults> results(long departmentId, int year) {
        return table.head(departmentId, year).map(head -> {
            Map<ResultKey, ActualResultEntity> stored = storedResults(departmentId, year);
            List<IndicatorResult> rows = new ArrayList<>();
            List<GradeResult> graded = new ArrayList<>();
            int missing = 0;
            for (IndicatorTable.Entry entry : table.entries(head.disclosureId())) {
                ResultKey key = entry.key(departmentId, year);
                GradingScale scale = GradingScale.of(entry.indicator());
                ActualResultEntity e = stored.get(key);
                BigDecimal value = e == null ? null : e.actualValue;
                GradeResult grade = value == null ? null : scale.grade(value);
                if (grade == null) {
                    missing++;
                } else {
                    graded.add(grade);
                }
                rows.add(new IndicatorResult(key, entry.indicator(), scale.unit(), value, grade,
                        e == null ? null : e.version, e == null ? null : e.enteredBy, e == null ? null : e.enteredAt));
            }
            return new DepartmentYearResults(departmentId, head.departmentName(), head.departmentCode(),
                    head.regionId(), year, head.disclosureId(), rows, DepartmentGrade.of(graded, missing));
        });
    }

    /**
     * Saves one value typed by {@code user}; {@code valueText} blank clears it. {@code expectedVersion} is the
     * version read with the result (null when it had none): when the stored one differs, someone else changed it
     * meanwhile and {@link ResultConflictException} is thrown, nothing saved. A bad number throws
     * {@link InvalidResultValueException}.
     */
    @Transactional
    public IndicatorResult save(ResultKey key, String valueText, Long expectedVersion, String user) {
        IndicatorTable.Head head = table.head(key.departmentId(), key.year()).orElseThrow(() ->
                new NoSuchElementException("该部门没有" + key.year() + "年度的预算公开"));
        IndicatorTable.Entry entry = table.entries(head.disclosureId()).stream()
                .filter(e -> e.key(key.departmentId(), key.year()).equals(key)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("该年度预算公开中没有指标“" + key.indicatorName() + "”"));
        GradingScale scale = GradingScale.of(entry.indicator());
        BigDecimal value = valueText == null || valueText.isBlank() ? null : ResultValues.parse(valueText, scale);
        ActualResultEntity current = find(key);
        if (current == null ? expectedVersion != null : !Objects.equals(expectedVersion, current.version)) {
            throw conflict(current);
        }
        ActualResultEntity saved = write(current, key, value, scale, head.disclosureId(), ResultSource.ENTERED, user);
        try {
            em.flush();
        } catch (OptimisticLockException race) {
            throw conflict(null);
        } catch (PersistenceException race) {
            throw conflict(null);
        }
        return toResult(saved, entry, scale);
    }

    /**
     * Stores a value without a version check (imports and generated demo data): the history records it with
     * {@code source}. Returns false when the stored value was already equal.
     */
    @Transactional
    public boolean store(ResultKey key, BigDecimal value, ResultSource source, String user) {
        IndicatorTable.Head head = table.head(key.departmentId(), key.year()).orElseThrow();
        IndicatorTable.Entry entry = table.entries(head.disclosureId()).stream()
                .filter(e -> e.key(key.departmentId(), key.year()).equals(key)).findFirst().orElseThrow();
        ActualResultEntity current = find(key);
        if (current != null && sameValue(current.actualValue, value)) {
            return false;
        }
        write(current, key, value, GradingScale.of(entry.indicator()), head.disclosureId(), source, user);
        return true;
    }

    /** Every change of the result, oldest first. */
    @Transactional(readOnly = true)
    public List<ResultChange> history(ResultKey key) {
        ActualResultEntity e = find(key);
        if (e == null) {
            return List.of();
        }
        return em.createQuery("select c from ResultChangeEntity c where c.resultId = :id order by c.changedAt, c.id",
                        ResultChangeEntity.class).setParameter("id", e.id).getResultList().stream()
                .map(c -> new ResultChange(c.oldValue, c.newValue, c.oldGrade, c.newGrade,
                        ResultSource.valueOf(c.source), c.changedBy, c.changedAt))
                .toList();
    }

    /**
     * Imports a results file (CSV or .xlsx, see the template) for departments of the region. Every bad row is
     * reported with its line number; {@link ImportMode#BEST_EFFORT} (the default) stores the good rows,
     * {@link ImportMode#ALL_OR_NOTHING} stores nothing when any row is bad. An unreadable file throws
     * {@link ResultFileException}.
     */
    @Transactional
    public ResultImportReport importFile(long regionId, String fileName, byte[] content, ImportMode mode,
                                         String user) {
        List<ResultLine> lines = ResultFiles.read(fileName, content);
        ResultImport.Checked checked = importer.check(regionId, lines);
        if (mode == ImportMode.ALL_OR_NOTHING && !checked.problems().isEmpty()) {
            return new ResultImportReport(mode, lines.size(), 0, 0, checked.problems(), true);
        }
        int stored = 0;
        for (ResultImport.Good good : checked.good()) {
            if (store(good.key(), good.value(), ResultSource.IMPORTED, user)) {
                stored++;
            }
        }
        return new ResultImportReport(mode, lines.size(), stored, checked.good().size() - stored,
                checked.problems(), false);
    }

    /**
     * The template: header, and with a department and year one row per indicator (value empty, unit and
     * thresholds for reference).
     */
    @Transactional(readOnly = true)
    public byte[] template(TemplateFormat format, Long departmentId, Integer year) {
        List<List<String>> rows = new ArrayList<>();
        if (departmentId != null && year != null) {
            results(departmentId, year).ifPresent(r -> {
                String department = r.departmentCode() != null && !r.departmentCode().isBlank()
                        ? r.departmentCode() : r.departmentName();
                for (IndicatorResult i : r.indicators()) {
                    rows.add(List.of(department, String.valueOf(year), i.key().activity(), i.key().indicatorName(),
                            i.value() == null ? "" : i.value().toPlainString(), i.unit(),
                            text(i.indicator().excellent()), text(i.indicator().good()),
                            text(i.indicator().fair()), text(i.indicator().poor())));
                }
            });
        }
        return format == TemplateFormat.XLSX ? ResultFiles.xlsx(rows) : ResultFiles.csv(rows);
    }

    /** A new revision may change the thresholds: stored grades of that department-year follow it at once. */
    @EventListener
    public void onDisclosureRevised(DisclosureRevised revised) {
        if (revised.kind() == DisclosureKind.BUDGET) {
            em.flush(); // the new revision's rows must be visible to the plain SQL that reads the thresholds
            regrade(revised.departmentId(), revised.year());
        }
    }

    /**
     * Grades the department-year's stored values again with its current disclosure's thresholds (after a new
     * revision was imported); returns how many stored grades changed.
     */
    @Transactional
    public int regrade(long departmentId, int year) {
        Optional<IndicatorTable.Head> head = table.head(departmentId, year);
        if (head.isEmpty()) {
            return 0;
        }
        Map<ResultKey, ActualResultEntity> stored = storedResults(departmentId, year);
        int changed = 0;
        for (IndicatorTable.Entry entry : table.entries(head.get().disclosureId())) {
            ActualResultEntity e = stored.get(entry.key(departmentId, year));
            if (e == null || e.actualValue == null) {
                continue;
            }
            String grade = gradeName(GradingScale.of(entry.indicator()).grade(e.actualValue));
            if (!Objects.equals(grade, e.grade) || !Objects.equals(e.gradedDisclosureId, head.get().disclosureId())) {
                changed += Objects.equals(grade, e.grade) ? 0 : 1;
                e.grade = grade;
                e.gradedDisclosureId = head.get().disclosureId();
            }
        }
        return changed;
    }

    /** A value to write without reading the row first (generated results of indicators that have none). */
    record NewResult(ResultKey key, long disclosureId, GradingScale scale, BigDecimal value) {
    }

    /** Writes new results in the caller's transaction, with history. */
    void writeAll(List<NewResult> values, ResultSource source, String user) {
        for (NewResult v : values) {
            write(null, v.key(), v.value(), v.scale(), v.disclosureId(), source, user);
        }
        em.flush();
    }

    private ActualResultEntity write(ActualResultEntity current, ResultKey key, BigDecimal value, GradingScale scale,
                                     long disclosureId, ResultSource source, String user) {
        ActualResultEntity e = current;
        if (e == null) {
            e = new ActualResultEntity();
            e.departmentId = key.departmentId();
            e.year = key.year();
            e.activity = key.activity();
            e.indicatorName = key.indicatorName();
        }
        BigDecimal oldValue = e.actualValue;
        String oldGrade = e.grade;
        Instant now = Instant.now();
        e.actualValue = value;
        e.unit = scale.unit();
        e.grade = value == null ? null : gradeName(scale.grade(value));
        e.gradedDisclosureId = disclosureId;
        e.source = source.name();
        e.enteredBy = user;
        e.enteredAt = now;
        if (current == null) {
            em.persist(e);
        }
        ResultChangeEntity change = new ResultChangeEntity();
        change.resultId = e.id;
        change.oldValue = oldValue;
        change.newValue = value;
        change.oldGrade = oldGrade;
        change.newGrade = e.grade;
        change.source = source.name();
        change.changedBy = user;
        change.changedAt = now;
        em.persist(change);
        if (source != ResultSource.DEMO) {
            audit.record(user, AuditAction.RESULT_EDIT, auditTarget(key), "实际值 " + plain(oldValue) + " → "
                    + plain(value) + "（等级 " + (oldGrade == null ? "无" : oldGrade) + " → "
                    + (e.grade == null ? "无" : e.grade) + "）；" + (source == ResultSource.IMPORTED ? "文件导入" : "页面录入"));
        }
        return e;
    }

    /** The department by name, the year and the indicator, for the audit log. */
    private String auditTarget(ResultKey key) {
        List<?> names = em.createNativeQuery("select name from department where id = ?1")
                .setParameter(1, key.departmentId()).getResultList();
        String department = names.isEmpty() ? "部门 #" + key.departmentId() : String.valueOf(names.get(0));
        return department + " " + key.year() + "年 " + (key.activity().isEmpty() ? "" : key.activity() + " / ")
                + key.indicatorName();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "空" : value.stripTrailingZeros().toPlainString();
    }

    private ResultConflictException conflict(ActualResultEntity current) {
        if (current == null) {
            return new ResultConflictException("保存失败：该指标的实际值刚被其他人修改，您的修改未保存。请刷新后重新输入。");
        }
        String value = current.actualValue == null ? "空" : current.actualValue.stripTrailingZeros().toPlainString()
                + (current.unit == null ? "" : current.unit);
        return new ResultConflictException("保存失败：该指标的实际值已被" + current.enteredBy + "于"
                + WHEN.format(current.enteredAt) + "修改为" + value + "，您的修改未保存。请刷新后重新输入。");
    }

    private static IndicatorResult toResult(ActualResultEntity e, IndicatorTable.Entry entry, GradingScale scale) {
        return new IndicatorResult(new ResultKey(e.departmentId, e.year, e.activity, e.indicatorName),
                entry.indicator(), scale.unit(), e.actualValue,
                e.actualValue == null ? null : scale.grade(e.actualValue), e.version, e.enteredBy, e.enteredAt);
    }

    private ActualResultEntity find(ResultKey key) {
        return em.createQuery("select r from ActualResultEntity r where r.departmentId = :dep and r.year = :year "
                                + "and r.activity = :activity and r.indicatorName = :name", ActualResultEntity.class)
                .setParameter("dep", key.departmentId()).setParameter("year", key.year())
                .setParameter("activity", key.activity()).setParameter("name", key.indicatorName())
                .getResultStream().findFirst().orElse(null);
    }

    private Map<ResultKey, ActualResultEntity> storedResults(long departmentId, int year) {
        Map<ResultKey, ActualResultEntity> map = new HashMap<>();
        em.createQuery("select r from ActualResultEntity r where r.departmentId = :dep and r.year = :year",
                        ActualResultEntity.class)
                .setParameter("dep", departmentId).setParameter("year", year).getResultList()
                .forEach(e -> map.put(new ResultKey(e.departmentId, e.year, e.activity, e.indicatorName), e));
        return map;
    }

    private static String gradeName(GradeResult result) {
        return result instanceof GradeResult.Graded g ? g.grade().name() : null;
    }

    private static boolean sameValue(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
