package cn.districtbudget.data.account;

import cn.districtbudget.data.audit.AuditAction;
import cn.districtbudget.data.audit.AuditLog;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes user accounts, and keeps the lock-out count of failed logins. Every change is written to the
 * {@link AuditLog} with {@code actor}, the user who made it. Usernames are compared without case.
 * At least one enabled ADMIN is kept once one exists: the last one cannot be disabled or lose the role.
 */
@Service
public class UserAccounts {

    /** The actor of a failed login: nobody is logged in; the attempted username is the entry's target. */
    public static final String ANONYMOUS = "匿名";

    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@-]{2,50}");

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final LockoutPolicy lockout;
    private final Clock clock;

    @Autowired
    public UserAccounts(JdbcClient jdbc, PasswordEncoder encoder, AuditLog audit, LockoutPolicy lockout) {
        this(jdbc, encoder, audit, lockout, Clock.systemUTC());
    }

    public UserAccounts(JdbcClient jdbc, PasswordEncoder encoder, AuditLog audit, LockoutPolicy lockout, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
        this.lockout = lockout;
        this.clock = clock;
    }

    /** The canonical form of a username: trimmed, lower case. */
    public static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> find(String username) {
        List<UserAccount> found = load(" where username = ?", List.of(normalize(username)));
        return found.stream().findFirst();
    }

    /** Every account by username. */
    @Transactional(readOnly = true)
    public List<UserAccount> list() {
        return load("", List.of());
    }

    /** True when an enabled account holds the ADMIN role (a locked one counts: the lock ends by itself). */
    @Transactional(readOnly = true)
    public boolean hasActiveAdmin() {
        return countEnabledAdmins() > 0;
    }

    @Transactional
    public UserAccount create(String actor, String username, String displayName, String password, Set<Role> roles) {
        String name = normalize(username);
        if (!USERNAME.matcher(name).matches()) {
            throw new AccountRejected("用户名须为 2 至 50 个字母、数字、汉字或 . _ @ -");
        }
        requireRoles(roles);
        PasswordPolicy.check(password);
        if (exists(name)) {
            throw new AccountRejected("用户名“" + name + "”已存在");
        }
        OffsetDateTime now = now();
        String display = displayName == null || displayName.isBlank() ? null : displayName.strip();
        if (display != null && display.length() > 100) {
            throw new AccountRejected("显示名称不能超过 100 个字符");
        }
        jdbc.sql("insert into user_account (username, display_name, password_hash, enabled, failed_logins,"
                        + " locked_until, created_at, password_changed_at, version) values (?, ?, ?, true, 0, null, ?, ?, 0)")
                .params(name, display, encoder.encode(password), now, now)
                .update();
        long id = idOf(name);
        insertRoles(id, roles);
        audit.record(actor, AuditAction.USER_CREATED, name, "角色：" + labels(roles)
                + (display == null ? "" : "；显示名称：" + display));
        return find(name).orElseThrow();
    }

    @Transactional
    public void setEnabled(String actor, String username, boolean enabled) {
        UserAccount account = require(username);
        if (account.enabled() == enabled) {
            return;
        }
        if (!enabled && account.has(Role.ADMIN)) {
            requireAnotherAdmin();
        }
        jdbc.sql("update user_account set enabled = ?, version = version + 1 where id = ?")
                .params(enabled, account.id()).update();
        audit.record(actor, enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED, account.username(),
                enabled ? "账户已启用" : "账户已停用");
    }

    /** Sets a new password and ends any lock-out. */
    @Transactional
    public void resetPassword(String actor, String username, String password) {
        UserAccount account = require(username);
        PasswordPolicy.check(password);
        jdbc.sql("update user_account set password_hash = ?, password_changed_at = ?, failed_logins = 0,"
                        + " locked_until = null, version = version + 1 where id = ?")
                .params(encoder.encode(password), now(), account.id()).update();
        audit.record(actor, AuditAction.PASSWORD_RESET, account.username(),
                account.lockedAt(clock.instant()) ? "密码已重置，锁定已解除" : "密码已重置");
    }

    @Transactional
    public void assignRoles(String actor, String username, Set<Role> roles) {
        UserAccount account = require(username);
        requireRoles(roles);
        if (account.roles().equals(Set.copyOf(roles))) {
            return;
        }
        if (account.enabled() && account.has(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            requireAnotherAdmin();
        }
        jdbc.sql("delete from user_account_role where user_account_id = ?").param(account.id()).update();
        insertRoles(account.id(), roles);
        jdbc.sql("update user_account set version = version + 1 where id = ?").param(account.id()).update();
        audit.record(actor, AuditAction.ROLES_CHANGED, account.username(),
                "原角色：" + labels(account.roles()) + "；新角色：" + labels(roles));
    }

    /**
     * Counts a failed login of {@code username} (which may not exist) and records it in the audit log with
     * {@code detail}. The failure that reaches the policy's limit locks the account. Returns whether the account is
     * locked now.
     */
    @Transactional
    public boolean recordFailedLogin(String username, String detail) {
        String name = normalize(username);
        Optional<UserAccount> found = find(name);
        String target = name.isEmpty() ? "（空用户名）" : name;
        if (found.isEmpty()) {
            audit.record(ANONYMOUS, AuditAction.LOGIN_FAILED, target, join("用户不存在", detail));
            return false;
        }
        UserAccount account = found.get();
        Instant now = clock.instant();
        if (account.lockedAt(now)) {
            audit.record(ANONYMOUS, AuditAction.LOGIN_FAILED, target, join("账户锁定中", detail));
            return true;
        }
        int failures = account.failedLogins() + 1;
        if (failures >= lockout.maxFailures()) {
            Instant until = now.plus(lockout.duration());
            jdbc.sql("update user_account set failed_logins = 0, locked_until = ? where id = ?")
                    .params(OffsetDateTime.ofInstant(until, ZoneOffset.UTC), account.id()).update();
            audit.record(ANONYMOUS, AuditAction.LOGIN_FAILED, target, join("连续第 " + failures + " 次失败", detail));
            audit.record(AuditLog.SYSTEM, AuditAction.ACCOUNT_LOCKED, target,
                    "连续 " + failures + " 次登录失败，锁定至 " + until + "（" + lockout.duration().toMinutes() + " 分钟）");
            return true;
        }
        jdbc.sql("update user_account set failed_logins = ?, locked_until = null where id = ?")
                .params(failures, account.id()).update();
        audit.record(ANONYMOUS, AuditAction.LOGIN_FAILED, target, join("连续第 " + failures + " 次失败", detail));
        return false;
    }

    /** A successful login starts the failure count again. */
    @Transactional
    public void recordSuccessfulLogin(String username) {
        jdbc.sql("update user_account set failed_logins = 0, locked_until = null"
                        + " where username = ? and (failed_logins <> 0 or locked_until is not null)")
                .param(normalize(username)).update();
    }

    public boolean matches(UserAccount account, String password) {
        return password != null && encoder.matches(password, account.passwordHash());
    }

    private boolean exists(String name) {
        return jdbc.sql("select count(*) from user_account where username = ?").param(name)
                .query(Long.class).single() > 0;
    }

    private long idOf(String name) {
        return jdbc.sql("select id from user_account where username = ?").param(name).query(Long.class).single();
    }

    private UserAccount require(String username) {
        return find(username).orElseThrow(() -> new AccountRejected("用户“" + normalize(username) + "”不存在"));
    }

    private static void requireRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new AccountRejected("至少选择一个角色");
        }
    }

    private void requireAnotherAdmin() {
        if (countEnabledAdmins() <= 1) {
            throw new AccountRejected("至少需要保留一个启用的管理员");
        }
    }

    private long countEnabledAdmins() {
        return jdbc.sql("select count(*) from user_account u join user_account_role r on r.user_account_id = u.id"
                        + " where u.enabled = true and r.role_name = ?")
                .param(Role.ADMIN.name()).query(Long.class).single();
    }

    private void insertRoles(long id, Collection<Role> roles) {
        for (Role role : EnumSet.copyOf(roles)) {
            jdbc.sql("insert into user_account_role (user_account_id, role_name) values (?, ?)")
                    .params(id, role.name()).update();
        }
    }

    private List<UserAccount> load(String where, List<Object> params) {
        List<Row> rows = jdbc.sql("select id, username, display_name, password_hash, enabled, failed_logins,"
                        + " locked_until, created_at from user_account" + where + " order by username")
                .params(params).query(UserAccounts::row).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Role>> roles = new HashMap<>();
        String ids = rows.stream().map(r -> String.valueOf(r.id())).collect(Collectors.joining(","));
        jdbc.sql("select user_account_id, role_name from user_account_role where user_account_id in (" + ids + ")")
                .query((rs, n) -> {
                    roles.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Role.class))
                            .add(Role.valueOf(rs.getString(2)));
                    return null;
                }).list();
        List<UserAccount> accounts = new ArrayList<>(rows.size());
        for (Row r : rows) {
            accounts.add(new UserAccount(r.id(), r.username(), r.displayName(), r.passwordHash(), r.enabled(),
                    roles.getOrDefault(r.id(), Set.of()), r.failedLogins(), r.lockedUntil(), r.createdAt()));
        }
        return accounts;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
        return new Row(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("password_hash"), rs.getBoolean("enabled"), rs.getInt("failed_logins"),
                locked == null ? null : locked.toInstant(), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String labels(Collection<Role> roles) {
        return roles.stream().sorted().map(Role::label).collect(Collectors.joining("、"));
    }

    private static String join(String what, String detail) {
        return detail == null || detail.isBlank() ? what : what + "；" + detail;
    }

    private record Row(long id, String username, String displayName, String passwordHash, boolean enabled,
                       int failedLogins, Instant lockedUntil, Instant createdAt) {
    }
}
