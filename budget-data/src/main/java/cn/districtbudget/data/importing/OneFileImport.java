package cn.districtbudget.data.importing;

import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.data.audit.AuditAction;
import cn.districtbudget.data.audit.AuditLog;
import cn.districtbudget.data.store.DisclosureStore;
import cn.districtbudget.data.store.StoredDisclosure;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The second part of an import: one prepared document stored in one transaction. Unchanged text, department
 * identity (missing, matched, in conflict), the check against the prior year, the store, the audit entry and the
 * {@link DisclosureRevised} event; a failure leaves nothing behind and has its audit entry. When another import
 * created the same region or department at the same moment ({@link ImportFailure#CREATION_RACE}), the store is tried
 * again (up to three more times: the other row is visible then).
 */
final class OneFileImport {

    private static final int RACE_RETRIES = 3;
    private static final Logger LOG = LoggerFactory.getLogger(OneFileImport.class);

    private final ReadingPipeline pipeline;
    private final DisclosureStore store;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RecentDisclosures recent = new RecentDisclosures(4_096);

    OneFileImport(ReadingPipeline pipeline, DisclosureStore store, PlatformTransactionManager transactionManager,
                  AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.pipeline = pipeline;
        this.store = store;
        this.transaction = new TransactionTemplate(transactionManager);
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    ImportOutcome store(PreparedDocument prepared, String user, ConflictChoice choice) {
        ImportOutcome outcome = storeOrFail(prepared, user, choice);
        for (int attempt = 0; attempt < RACE_RETRIES && outcome.failure() == ImportFailure.CREATION_RACE; attempt++) {
            outcome = storeOrFail(prepared, user, choice);
        }
        if (outcome.failed()) {
            audit(user, outcome);
        }
        return outcome;
    }

    private ImportOutcome storeOrFail(PreparedDocument prepared, String user, ConflictChoice choice) {
        String fileName = prepared.fileName();
        if (prepared.failed()) {
            return ImportOutcome.failed(fileName, prepared.failure(), prepared.detail());
        }
        Disclosure disclosure = prepared.read().disclosure();
        ImportOutcome incomplete = identityMissing(fileName, disclosure);
        if (incomplete != null) {
            return incomplete;
        }
        long[] storedDepartment = new long[1];
        try {
            ImportOutcome outcome = transaction.execute(status -> {
                // unchanged only when the current revision has this text (normalised; or raw, as stored before V6);
                // an earlier revision's text imported again becomes current again as a new revision
                var existing = store.findCurrentBySha256(prepared.sha256())
                        .or(() -> store.findCurrentBySha256(SourceReading.sha256(prepared.text())));
                if (existing.isPresent()) {
                    return outcome(fileName, ImportStatus.UNCHANGED, existing.get());
                }
                DisclosureStore.Match match = answered(store.match(disclosure.department()), choice);
                if (match.conflict() != null) {
                    var c = match.conflict();
                    return ImportOutcome.conflict(fileName, disclosure.department().name(),
                            new ImportConflict(c.code(), c.byCodeId(), c.byCodeName(), c.byNameId(), c.byNameName()),
                            disclosure.year(), disclosure.kind());
                }
                List<Finding> findings = new ArrayList<>(prepared.read().findings());
                findings.addAll(pipeline.check(disclosure, priorYear(match, disclosure)));
                StoredDisclosure stored = store.store(fileName, prepared.text(), prepared.sha256(), disclosure,
                        findings, user == null || user.isBlank() ? "未知用户" : user, clock.instant(), match);
                store.storeTables(stored.disclosureId(), prepared.read().tables());
                storedDepartment[0] = stored.departmentId();
                ImportOutcome done = outcome(fileName,
                        stored.revision() == 1 ? ImportStatus.STORED : ImportStatus.NEW_REVISION, stored);
                audit(user, done); // in the import's transaction: no stored import without its audit entry
                if (done.status() == ImportStatus.NEW_REVISION) {
                    events.publishEvent(new DisclosureRevised(stored.departmentId(), disclosure.year(),
                            disclosure.kind()));
                }
                return done;
            });
            if (outcome != null && !outcome.failed() && outcome.status() != ImportStatus.UNCHANGED) {
                recent.put(storedDepartment[0], disclosure);
            }
            return outcome;
        } catch (ImportRejected e) {
            return e.outcome(fileName);
        } catch (DataIntegrityViolationException e) {
            ImportFailure failure = StoreFailures.classify(e);
            String cause = StoreFailures.rootMessage(e);
            if (failure == ImportFailure.CREATION_RACE) {
                LOG.debug("Import of {} raced another thread creating its region or department", fileName);
                return ImportOutcome.failed(fileName, failure, null);
            }
            LOG.warn("Import of {} not stored: {}", fileName, cause);
            return ImportOutcome.failed(fileName, failure,
                    failure == ImportFailure.INVALID_DATA ? SourceReading.abbreviate(cause) : null);
        } catch (RuntimeException e) {
            LOG.warn("Import of {} failed: {}: {}", fileName, e.getClass().getName(),
                    SourceReading.abbreviate(SourceReading.describe(e)));
            LOG.debug("Import of {} failed", fileName, e);
            return ImportOutcome.failed(fileName, ImportFailure.STORING_ERROR, SourceReading.describe(e));
        }
    }

    /** The match as the user's answer to a conflict makes it: the department of the name, or of the code. */
    private static DisclosureStore.Match answered(DisclosureStore.Match match, ConflictChoice choice) {
        if (match.conflict() != null && choice == ConflictChoice.DEPARTMENT_OF_NAME) {
            return new DisclosureStore.Match(match.region(),
                    new DisclosureStore.DepartmentEntityRef(match.conflict().byNameId()), null);
        }
        if (match.conflict() != null && choice == ConflictChoice.DEPARTMENT_OF_CODE) {
            return new DisclosureStore.Match(match.region(), match.department(), null);
        }
        return match;
    }

    /** The stored disclosure of the year before (the one the text names, else the year before), or null. */
    private Disclosure priorYear(DisclosureStore.Match match, Disclosure disclosure) {
        Integer statedPriorYear = disclosure.priorYearChange().priorYear();
        int priorYear = statedPriorYear != null ? statedPriorYear : disclosure.year() - 1;
        Disclosure prior = match.department() == null ? null
                : recent.get(match.department().id(), priorYear, disclosure.kind());
        return prior != null ? prior : store.findCurrent(match, priorYear, disclosure.kind()).orElse(null);
    }

    /**
     * A disclosure is never stored without its department and year: when the text and the caller's hints state
     * neither, the outcome says which is missing, with what was read, so the user can give them.
     */
    private static ImportOutcome identityMissing(String fileName, Disclosure disclosure) {
        EnumSet<IdentityPart> missing = EnumSet.noneOf(IdentityPart.class);
        String name = disclosure.department().name();
        if (name == null || name.isBlank()) {
            missing.add(IdentityPart.DEPARTMENT);
        }
        if (disclosure.year() == Disclosure.YEAR_NOT_STATED) {
            missing.add(IdentityPart.YEAR);
        }
        if (missing.isEmpty()) {
            return null;
        }
        return ImportOutcome.needsIdentity(fileName, missing, name == null || name.isBlank() ? null : name,
                disclosure.year() == Disclosure.YEAR_NOT_STATED ? null : disclosure.year(), disclosure.kind());
    }

    /** The audit entry of one import: IMPORT, REVISION or IMPORT_FAILED (an unchanged text changes nothing). */
    private void audit(String user, ImportOutcome outcome) {
        if (outcome.status() == ImportStatus.UNCHANGED) {
            return;
        }
        if (outcome.failed()) {
            audit.record(user, AuditAction.IMPORT_FAILED, outcome.fileName(), outcome.reason());
        } else {
            audit.record(user, outcome.status() == ImportStatus.STORED ? AuditAction.IMPORT : AuditAction.REVISION,
                    outcome.departmentName() + " " + outcome.year() + "年" + outcome.kind().label()
                            + "（第" + outcome.revision() + "版）",
                    "文件：" + outcome.fileName() + "；" + outcome.findingCount() + " 个发现，其中 "
                            + outcome.errorCount() + " 个错误；记录号 " + outcome.disclosureId());
        }
    }

    private static ImportOutcome outcome(String fileName, ImportStatus status, StoredDisclosure s) {
        return new ImportOutcome(fileName, status, s.disclosureId(), s.departmentId(), s.departmentName(), s.year(),
                s.kind(), s.revision(), s.totalExpenditure(), s.findingCount(), s.errorCount());
    }
}
