package cn.districtbudget.data.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and reads the audit log. Entries are only ever added: there is no way to change or delete one.
 * A call inside a running transaction joins it, so an import and its entry are stored (or rolled back) together.
 */
@Service
public class AuditLog {

    /** Who did it when nobody is logged in (start-up tasks). */
    public static final String SYSTEM = "系统";

    private static final int ACTOR_LENGTH = 100;
    private static final int TARGET_LENGTH = 500;
    /** Longest detail stored (characters); a longer one is cut and ends with …. */
    public static final int DETAIL_LENGTH = 4_000;

    private final JdbcClient jdbc;
    private final Clock clock;

    @Autowired
    public AuditLog(JdbcClient jdbc) {
        this(jdbc, Clock.systemUTC());
    }

    public AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Adds an entry now. A blank actor is recorded as {@link #SYSTEM}; over-long actor, target and detail are cut. */
    @Transactional
    public void record(String actor, AuditAction action, String target, String detail) {
        if (action == null) {
            throw new IllegalArgumentException("audit action missing");
        }
        jdbc.sql("insert into audit_entry (occurred_at, actor, action, target, detail) values (?, ?, ?, ?, ?)")
                .params(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                        cut(actor == null || actor.isBlank() ? SYSTEM : actor.strip(), ACTOR_LENGTH),
                        action.name(), target == null ? null : cut(target, TARGET_LENGTH),
                        detail == null ? null : cut(detail, DETAIL_LENGTH))
                .update();
    }

    /** Matching entries, newest first, {@code limit} of them from {@code offset}. */
    @Transactional(readOnly = true)
    public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        Where where = where(filter);
        List<Object> params = new ArrayList<>(where.params());
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select id, occurred_at, actor, action, target, detail from audit_entry" + where.sql()
                        + " order by occurred_at desc, id desc limit ? offset ?")
                .params(params)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                        AuditAction.valueOf(rs.getString("action")), rs.getString("target"), rs.getString("detail")))
                .list();
    }

    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        Where where = where(filter);
        return jdbc.sql("select count(*) from audit_entry" + where.sql()).params(where.params())
                .query(Long.class).single();
    }

    /** Distinct actors, for the audit page's filter. */
    @Transactional(readOnly = true)
    public List<String> actors() {
        return jdbc.sql("select distinct actor from audit_entry order by actor").query(String.class).list();
    }

    private static Where where(AuditFilter filter) {
        AuditFilter f = filter == null ? AuditFilter.all() : filter;
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (f.actor() != null && !f.actor().isBlank()) {
            conditions.add("actor = ?");
            params.add(f.actor().strip());
        }
        if (f.action() != null) {
            conditions.add("action = ?");
            params.add(f.action().name());
        }
        if (f.from() != null) {
            conditions.add("occurred_at >= ?");
            params.add(OffsetDateTime.ofInstant(f.from(), ZoneOffset.UTC));
        }
        if (f.to() != null) {
            conditions.add("occurred_at < ?");
            params.add(OffsetDateTime.ofInstant(f.to(), ZoneOffset.UTC));
        }
        if (f.text() != null && !f.text().isBlank()) {
            conditions.add("(lower(coalesce(target, '')) like ? escape '!' or lower(coalesce(detail, '')) like ? escape '!')");
            String pattern = "%" + escapeLike(f.text().strip().toLowerCase(Locale.ROOT)) + "%";
            params.add(pattern);
            params.add(pattern);
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    private record Where(String sql, List<Object> params) {
    }
}
