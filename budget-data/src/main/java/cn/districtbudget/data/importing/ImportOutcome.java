package cn.districtbudget.data.importing;

import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.core.money.Money;

/**
 * The result of importing one file. For FAILED only {@code fileName}, {@code status} and {@code reason}
 * (Chinese, for the user) are set. Otherwise the key figures of the stored (or already stored) disclosure.
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
        int errorCount) {

    public ImportOutcome {
        if (reason != null && reason.length() > MAX_REASON_LENGTH) {
            reason = reason.substring(0, MAX_REASON_LENGTH - 1) + "…";
        }
    }

    /** Longest reason kept (characters): a reason quoting a huge figure or file is cut and ends with …. */
    public static final int MAX_REASON_LENGTH = 1_000;

    public static ImportOutcome failed(String fileName, String reason) {
        return new ImportOutcome(fileName, ImportStatus.FAILED, reason, null, null, null, null, null, null, null, 0, 0);
    }

    /**
     * A {@link ImportStatus#CONFLICT}: {@code departmentId}/{@code departmentName} are the stored department of the
     * document's code, {@code reason} names it and the other department whose name the document bears.
     */
    public static ImportOutcome conflict(String fileName, String reason, long departmentId, String departmentName,
                                         int year, DisclosureKind kind) {
        return new ImportOutcome(fileName, ImportStatus.CONFLICT, reason, null, departmentId, departmentName, year, kind,
                null, null, 0, 0);
    }

    /** Nothing was stored: FAILED or CONFLICT. */
    public boolean failed() {
        return status == ImportStatus.FAILED || status == ImportStatus.CONFLICT;
    }

    public boolean conflict() {
        return status == ImportStatus.CONFLICT;
    }
}
