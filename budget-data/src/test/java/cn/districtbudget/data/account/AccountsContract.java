package cn.districtbudget.data.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.districtbudget.data.audit.AuditAction;
import cn.districtbudget.data.audit.AuditEntry;
import cn.districtbudget.data.audit.AuditFilter;
import cn.districtbudget.data.audit.AuditLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** User accounts on every database; run on H2 and PostgreSQL by the subclasses. */
abstract class AccountsContract {

    static final String PASSWORD = "初始密码-2026";

    @Autowired
    UserAccounts accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    LockoutPolicy lockout;

    @BeforeEach
    void startEmpty() {
        jdbc.sql("delete from user_account_role").update();
        jdbc.sql("delete from user_account").update();
        jdbc.sql("delete from audit_entry").update();
    }

    @Test
    void storesOnlyABcryptHashAndFindsTheUserWithoutCase() {
        UserAccount created = accounts.create("root", " Zhang.San ", "张三", PASSWORD, Set.of(Role.STAFF, Role.LEADER));

        assertThat(created.username()).isEqualTo("zhang.san");
        assertThat(created.displayName()).isEqualTo("张三");
        assertThat(created.enabled()).isTrue();
        assertThat(created.roles()).containsExactlyInAnyOrder(Role.LEADER, Role.STAFF);
        String stored = jdbc.sql("select password_hash from user_account").query(String.class).single();
        assertThat(stored).startsWith("$2").doesNotContain(PASSWORD);
        assertThat(encoder.matches(PASSWORD, stored)).isTrue();
        assertThat(accounts.find("ZHANG.SAN")).get().extracting(UserAccount::id).isEqualTo(created.id());
        assertThat(accounts.matches(created, PASSWORD)).isTrue();
        assertThat(accounts.matches(created, "别的密码-2026")).isFalse();
        AuditEntry entry = audit.find(AuditFilter.all(), 0, 1).get(0);
        assertThat(entry.actor()).isEqualTo("root");
        assertThat(entry.action()).isEqualTo(AuditAction.USER_CREATED);
        assertThat(entry.target()).isEqualTo("zhang.san");
        assertThat(entry.detail()).contains("领导、工作人员").doesNotContain(PASSWORD);
    }

    @Test
    void rejectsDuplicatesBadNamesWeakPasswordsAndNoRoles() {
        accounts.create("root", "lisi", null, PASSWORD, Set.of(Role.LEADER));

        assertThatThrownBy(() -> accounts.create("root", "LiSi", null, PASSWORD, Set.of(Role.LEADER)))
                .isInstanceOf(AccountRejected.class).hasMessageContaining("已存在");
        assertThatThrownBy(() -> accounts.create("root", "a b", null, PASSWORD, Set.of(Role.LEADER)))
                .isInstanceOf(AccountRejected.class).hasMessageContaining("用户名");
        assertThatThrownBy(() -> accounts.create("root", "wangwu", null, "short", Set.of(Role.LEADER)))
                .isInstanceOf(AccountRejected.class).hasMessageContaining("至少需要 8");
        assertThatThrownBy(() -> accounts.create("root", "wangwu", null, "aaaaaaaaaa", Set.of(Role.LEADER)))
                .isInstanceOf(AccountRejected.class).hasMessageContaining("过于简单");
        assertThatThrownBy(() -> accounts.create("root", "wangwu", null, "密码长".repeat(9), Set.of(Role.LEADER)))
                .isInstanceOf(AccountRejected.class).hasMessageContaining("过长");
        assertThatThrownBy(() -> accounts.create("root", "wangwu", null, PASSWORD, Set.of()))
                .isInstanceOf(AccountRejected.class).hasMessageContaining("角色");
        assertThat(accounts.list()).extracting(UserAccount::username).containsExactly("lisi");
    }

    @Test
    void disablesEnablesResetsAndAssignsRolesEachAudited() {
        accounts.create("root", "admin1", null, PASSWORD, Set.of(Role.ADMIN));
        accounts.create("root", "staff1", null, PASSWORD, Set.of(Role.STAFF));
        String oldHash = accounts.find("staff1").orElseThrow().passwordHash();

        accounts.setEnabled("admin1", "staff1", false);
        assertThat(accounts.find("staff1").orElseThrow().enabled()).isFalse();
        accounts.setEnabled("admin1", "staff1", true);
        assertThat(accounts.find("staff1").orElseThrow().enabled()).isTrue();
        accounts.resetPassword("admin1", "staff1", "新的密码-2027");
        UserAccount reset = accounts.find("staff1").orElseThrow();
        assertThat(reset.passwordHash()).isNotEqualTo(oldHash);
        assertThat(accounts.matches(reset, "新的密码-2027")).isTrue();
        assertThat(accounts.matches(reset, PASSWORD)).isFalse();
        accounts.assignRoles("admin1", "staff1", Set.of(Role.LEADER));
        assertThat(accounts.find("staff1").orElseThrow().roles()).containsExactly(Role.LEADER);

        assertThat(audit.find(AuditFilter.all().withActor("admin1"), 0, 10))
                .extracting(AuditEntry::action)
                .containsExactly(AuditAction.ROLES_CHANGED, AuditAction.PASSWORD_RESET, AuditAction.USER_ENABLED,
                        AuditAction.USER_DISABLED);
        assertThat(audit.find(AuditFilter.all().withAction(AuditAction.ROLES_CHANGED), 0, 1).get(0).detail())
                .isEqualTo("原角色：工作人员；新角色：领导");
        assertThatThrownBy(() -> accounts.setEnabled("admin1", "nobody", false))
                .isInstanceOf(AccountRejected.class).hasMessageContaining("不存在");
    }

    @Test
    void knowsWhetherAnEnabledAdminExistsAndKeepsTheLastOne() {
        assertThat(accounts.hasActiveAdmin()).isFalse();
        accounts.create("root", "leader1", null, PASSWORD, Set.of(Role.LEADER));
        assertThat(accounts.hasActiveAdmin()).isFalse();
        accounts.create("root", "admin1", null, PASSWORD, Set.of(Role.ADMIN));
        assertThat(accounts.hasActiveAdmin()).isTrue();

        assertThatThrownBy(() -> accounts.setEnabled("admin1", "admin1", false))
                .isInstanceOf(AccountRejected.class).hasMessageContaining("至少需要保留一个启用的管理员");
        assertThatThrownBy(() -> accounts.assignRoles("admin1", "admin1", Set.of(Role.LEADER)))
                .isInstanceOf(AccountRejected.class);

        accounts.create("admin1", "admin2", null, PASSWORD, Set.of(Role.ADMIN, Role.STAFF));
        accounts.setEnabled("admin2", "admin1", false);
        assertThat(accounts.hasActiveAdmin()).isTrue();
        accounts.assignRoles("admin2", "leader1", Set.of(Role.LEADER, Role.ADMIN));
        accounts.assignRoles("leader1", "admin2", Set.of(Role.STAFF));
        assertThat(accounts.find("admin2").orElseThrow().roles()).containsExactly(Role.STAFF);
        assertThat(accounts.hasActiveAdmin()).isTrue();
    }

    @Test
    void locksAfterRepeatedFailuresAndUnlocksAfterTheDurationOrAReset() {
        accounts.create("root", "leader1", null, PASSWORD, Set.of(Role.LEADER));
        int max = lockout.maxFailures();

        for (int i = 1; i < max; i++) {
            assertThat(accounts.recordFailedLogin("leader1", "来自 127.0.0.1")).isFalse();
        }
        assertThat(accounts.find("leader1").orElseThrow().failedLogins()).isEqualTo(max - 1);
        assertThat(accounts.recordFailedLogin("LEADER1", "来自 127.0.0.1")).isTrue();

        UserAccount locked = accounts.find("leader1").orElseThrow();
        Instant now = Instant.now();
        assertThat(locked.lockedAt(now)).isTrue();
        assertThat(locked.lockedUntil()).isBetween(now.plus(lockout.duration()).minusSeconds(60),
                now.plus(lockout.duration()));
        assertThat(accounts.recordFailedLogin("leader1", null)).isTrue();
        assertThat(audit.count(AuditFilter.all().withAction(AuditAction.ACCOUNT_LOCKED))).isEqualTo(1);
        assertThat(audit.count(AuditFilter.all().withAction(AuditAction.LOGIN_FAILED))).isEqualTo(max + 1);
        assertThat(audit.find(AuditFilter.all().withAction(AuditAction.LOGIN_FAILED), 0, 1).get(0).detail())
                .contains("锁定中");

        // a lock that has run out: the next failure counts from one again
        jdbc.sql("update user_account set locked_until = ? where username = 'leader1'")
                .param(java.time.OffsetDateTime.ofInstant(now.minusSeconds(1), ZoneOffset.UTC)).update();
        assertThat(accounts.find("leader1").orElseThrow().lockedAt(Instant.now())).isFalse();
        assertThat(accounts.recordFailedLogin("leader1", null)).isFalse();
        assertThat(accounts.find("leader1").orElseThrow().failedLogins()).isEqualTo(1);

        accounts.recordSuccessfulLogin("leader1");
        assertThat(accounts.find("leader1").orElseThrow().failedLogins()).isZero();

        for (int i = 0; i < max; i++) {
            accounts.recordFailedLogin("leader1", null);
        }
        assertThat(accounts.find("leader1").orElseThrow().lockedAt(Instant.now())).isTrue();
        accounts.resetPassword("root", "leader1", "换一个密码-2026");
        assertThat(accounts.find("leader1").orElseThrow().lockedAt(Instant.now())).isFalse();
    }

    @Test
    void aFailedLoginOfAnUnknownUserIsAuditedAsAnonymous() {
        assertThat(accounts.recordFailedLogin("ghost", "来自 10.0.0.9")).isFalse();

        AuditEntry entry = audit.find(AuditFilter.all(), 0, 1).get(0);
        assertThat(entry.actor()).isEqualTo(UserAccounts.ANONYMOUS);
        assertThat(entry.action()).isEqualTo(AuditAction.LOGIN_FAILED);
        assertThat(entry.target()).isEqualTo("ghost");
        assertThat(entry.detail()).isEqualTo("用户不存在；来自 10.0.0.9");
    }

    @Test
    void lockOutTimesComeFromTheClock() {
        Instant t = Instant.parse("2026-05-01T00:00:00Z");
        UserAccounts fixed = new UserAccounts(jdbc, encoder, audit, new LockoutPolicy(2, Duration.ofMinutes(10)),
                Clock.fixed(t, ZoneOffset.UTC));
        fixed.create("root", "staff9", null, PASSWORD, Set.of(Role.STAFF));
        fixed.recordFailedLogin("staff9", null);
        fixed.recordFailedLogin("staff9", null);

        assertThat(fixed.find("staff9").orElseThrow().lockedUntil()).isEqualTo(t.plus(Duration.ofMinutes(10)));
    }
}
