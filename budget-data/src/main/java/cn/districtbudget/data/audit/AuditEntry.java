package cn.districtbudget.data.audit;

import java.time.Instant;

/** One recorded event: who ({@code actor}), when, what kind, on what ({@code target}) and the particulars. */
public record AuditEntry(long id, Instant occurredAt, String actor, AuditAction action, String target, String detail) {
}
