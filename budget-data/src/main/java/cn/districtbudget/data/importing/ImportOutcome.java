package cn.districtbudget.data.importing;

import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.core.money.Money;
import java.util.Set;

/**
 * The result of importing one file (or one set of files read as one disclosure). For FAILED only {@code fileName},
 * {@code status}, {@code failure} and its {@code detail} are set. For CONFLICT also {@code conflictWith} (both
 * departments; {@code detail} is the department name the document states) and for NEEDS_IDENTITY {@code missing} with
 * what was read of the department, year and kind (to pre-fill the page's fields). Otherwise the key figures of the
 * stored (or already stored) disclosure. {@link #reason()} renders the Chinese the user reads.
 */
public record ImportOutcome(
        String fileName,
        ImportStatus status,
        ImportFailure failure,
        String detail,
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

    /** Longest reason kept (characters): a reason quoting a huge figure or file is cut and ends with …. */
    public static final int MAX_REASON_LENGTH = 1_000;

    public ImportOutcome {
        if (detail != null && detail.length() > MAX_REASON_LENGTH) {
            detail = detail.substring(0, MAX_REASON_LENGTH - 1) + "…";
        }
        missing = missing == null ? Set.of() : Set.copyOf(missing);
    }

    /** A stored (STORED, NEW_REVISION) or already stored (UNCHANGED) disclosure's outcome. */
    public ImportOutcome(String fileName, ImportStatus status, Long disclosureId, Long departmentId,
                         String departmentName, Integer year, DisclosureKind kind, Integer revision,
                         Money totalExpenditure, int findingCount, int errorCount) {
        this(fileName, status, null, null, disclosureId, departmentId, departmentName, year, kind, revision,
                totalExpenditure, findingCount, errorCount, null, Set.of());
    }

    public static ImportOutcome failed(String fileName, ImportFailure failure, String detail) {
        return new ImportOutcome(fileName, ImportStatus.FAILED, failure, detail, null, null, null, null, null, null,
                null, 0, 0, null, Set.of());
    }

    /**
     * A {@link ImportStatus#CONFLICT}: {@code departmentId}/{@code departmentName} are the stored department of the
     * document's code, {@code conflictWith} both departments, {@code statedName} the name the document states.
     */
    public static ImportOutcome conflict(String fileName, String statedName, ImportConflict conflict, int year,
                                         DisclosureKind kind) {
        return new ImportOutcome(fileName, ImportStatus.CONFLICT, null, statedName, null, conflict.byCodeId(),
                conflict.byCodeName(), year, kind, null, null, 0, 0, conflict, Set.of());
    }

    /**
     * A {@link ImportStatus#NEEDS_IDENTITY}: {@code departmentName}, {@code year} and {@code kind} are what was read
     * (null when not stated), {@code missing} what must be given before the text can be stored.
     */
    public static ImportOutcome needsIdentity(String fileName, Set<IdentityPart> missing, String departmentName,
                                              Integer year, DisclosureKind kind) {
        return new ImportOutcome(fileName, ImportStatus.NEEDS_IDENTITY, null, null, null, null, departmentName,
                year, kind, null, null, 0, 0, null, missing);
    }

    /**
     * What the user reads, in Chinese: for FAILED the failure with its detail, for CONFLICT both departments, for
     * NEEDS_IDENTITY what is missing, otherwise the status. At most {@link #MAX_REASON_LENGTH} characters.
     */
    public String reason() {
        String reason = switch (status) {
            case FAILED -> failure == null ? status.label() : failure.render(detail);
            case CONFLICT -> conflictWith == null ? status.label() : "编码 " + conflictWith.code() + " 属于已存部门“"
                    + conflictWith.byCodeName() + "”，而名称“" + detail + "”是另一个已存部门“"
                    + conflictWith.byNameName() + "”；未导入。请核对文件中的部门编码和名称";
            case NEEDS_IDENTITY -> {
                String parts = missing.stream().sorted().map(IdentityPart::label).reduce((a, b) -> a + "和" + b)
                        .orElse("");
                yield "文本未写明" + parts + "，未导入：请给出" + parts + "后再导入";
            }
            default -> status.label();
        };
        return reason.length() <= MAX_REASON_LENGTH ? reason : reason.substring(0, MAX_REASON_LENGTH - 1) + "…";
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
