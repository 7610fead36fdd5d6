package cn.districtbudget.data.audit;

import java.time.Instant;

/**
 * Which audit entries to show; every part is optional (null matches all). {@code actor} matches exactly,
 * {@code text} is a case-insensitive substring of target or detail, {@code from} inclusive, {@code to} exclusive.
 */
public record AuditFilter(String actor, AuditAction action, Instant from, Instant to, String text) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null);
    }

    public AuditFilter withActor(String value) {
        return new AuditFilter(value, action, from, to, text);
    }

    public AuditFilter withAction(AuditAction value) {
        return new AuditFilter(actor, value, from, to, text);
    }

    public AuditFilter between(Instant fromInclusive, Instant toExclusive) {
        return new AuditFilter(actor, action, fromInclusive, toExclusive, text);
    }

    public AuditFilter containing(String value) {
        return new AuditFilter(actor, action, from, to, value);
    }
}
