package cn.districtbudget.data.importing;

import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.core.money.Money;
import java.util.Set;

/**
 * The result of importing one file. For FAILED only {@code fileName}, {@code status} and {@code reason}
 * (Chinese, for the user) are set. For CONFLICT also {@code conflictWith} (both departments) and for NEEDS_IDENTITY
 * {@code missing} with what was read of the department, year and kind (to pre-fill the page's fields). Otherwise the
 * key figures of the stored (or already stored) disclosure.
 */
public record ImportOutcome(
        String fileName,
        ImportStatus status,
        String reason,
        Long disclosureId,
        Long departmentId,
        String departmentName,
        Integer year,
        DisclosureKind kind,
        Integer revision,
        Money totalExpenditure,
        int findingCount,
        int errorCount,
        ImportConflict conflictWith,
        Set<IdentityPart> missing) {

    public ImportOutcome {
        if (reason != null && reason.length() > MAX_REASON_LENGTH) {
            reason = reason.substring(0, MAX_REASON_LENGTH - 1) + "…";
        }
        missing = missing == null ? Set.of() : Set.copyOf(missing);
    }

    /** An outcome without conflict or missing identity (STORED, UNCHANGED, NEW_REVISION, FAILED). */
    public ImportOutcome(String fileName, ImportStatus status, String reason, Long disclosureId, Long departmentId,
                         String departmentName, Integer year, DisclosureKind kind, Integer revision,
                         Money totalExpenditure, int findingCount, int errorCount) {
        this(fileName, status, reason, disclosureId, departmentId, departmentName, year, kind, revision,
                totalExpenditure, findingCount, errorCount, null, Set.of());
    }

    /** Longest reason kept (characters): a reason quoting a huge figure or file is cut and ends with …. */
    public static final int MAX_REASON_LENGTH = 1_000;

    public static ImportOutcome failed(String fileName, String reason) {
        return new ImportOutcome(fileName, ImportStatus.FAILED, reason, null, null, null, null, null, null, null, 0, 0);
    }

    /**
     * A {@link ImportStatus#CONFLICT}: {@code departmentId}/{@code departmentName} are the stored department of the
     * document's code, {@code conflictWith} both departments, {@code reason} names them.
     */
    public static ImportOutcome conflict(String fileName, String reason, ImportConflict conflict, int year,
                                         DisclosureKind kind) {
        return new ImportOutcome(fileName, ImportStatus.CONFLICT, reason, null, conflict.byCodeId(),
                conflict.byCodeName(), year, kind, null, null, 0, 0, conflict, Set.of());
    }

    /**
     * A {@link ImportStatus#NEEDS_IDENTITY}: {@code departmentName}, {@code year} and {@code kind} are what was read
     * (null when not stated), {@code missing} what must be given before the text can be stored.
     */
    public static ImportOutcome needsIdentity(String fileName, Set<IdentityPart> missing, String departmentName,
                                              Integer year, DisclosureKind kind) {
        StringBuilder reason = new StringBuilder("文本未写明");
        missing.stream().sorted().forEach(p -> reason.append(reason.length() > 5 ? "和" : "").append(p.label()));
        reason.append("，未导入：请给出").append(missing.stream().sorted().map(IdentityPart::label)
                .reduce((a, b) -> a + "和" + b).orElse("")).append("后再导入");
        return new ImportOutcome(fileName, ImportStatus.NEEDS_IDENTITY, reason.toString(), null, null, departmentName,
                year, kind, null, null, 0, 0, null, missing);
    }

    /** Nothing was stored: FAILED, CONFLICT or NEEDS_IDENTITY. */
    public boolean failed() {
        return status == ImportStatus.FAILED || status == ImportStatus.CONFLICT
                || status == ImportStatus.NEEDS_IDENTITY;
    }

    public boolean conflict() {
        return status == ImportStatus.CONFLICT;
    }

    public boolean needsIdentity() {
        return status == ImportStatus.NEEDS_IDENTITY;
    }
}
