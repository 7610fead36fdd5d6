package cn.districtbudget.ui.security;

import cn.districtbudget.ui.testsupport.UiSpringTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.districtbudget.data.account.LockoutPolicy;
import cn.districtbudget.data.account.Role;
import cn.districtbudget.data.account.UserAccounts;
import cn.districtbudget.data.audit.AuditAction;
import cn.districtbudget.data.audit.AuditEntry;
import cn.districtbudget.data.audit.AuditFilter;
import cn.districtbudget.data.audit.AuditLog;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The real security filter chain (MockMvc) on a non-demo start with an ADMIN: anonymous users are sent to the
 * login page, logins check the BCrypt hash, failures are audited and lock the account, headers are set.
 */
class SecuredHttpTest extends UiSpringTest {

    static final String PASSWORD = "正确的密码-2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LockoutPolicy lockout;
    @Autowired
    ServerProperties server;
    @Autowired
    Environment environment;
    @Autowired
    FailedLoginRateLimit rateLimit;

    @BeforeEach
    void oneAdminAndOneLeader() {
        jdbc.sql("delete from user_account_role").update();
        jdbc.sql("delete from user_account").update();
        jdbc.sql("delete from audit_entry").update();
        accounts.create("test", "root", null, PASSWORD, Set.of(Role.ADMIN));
        accounts.create("test", "wang", "王科长", PASSWORD, Set.of(Role.LEADER));
        rateLimit.clear();
    }

    /** A login as the login page posts it: with the session's CSRF token (formLogin() adds a valid one). */
    private static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.FormLoginRequestBuilder login() {
        return formLogin("/login");
    }

    /** The login form's POST with a valid CSRF token from a given client address. */
    private static MockHttpServletRequestBuilder loginFrom(String address, String user, String password) {
        return post("/login").param("username", user).param("password", password).with(csrf()).with(request -> {
            request.setRemoteAddr(address);
            return request;
        });
    }

    @Test
    void aLoginWithoutTheCsrfTokenIsRefusedEvenWithTheRightPassword() throws Exception {
        mvc.perform(post("/login").param("username", "wang").param("password", PASSWORD))
                .andExpect(status().isForbidden()).andExpect(unauthenticated());
        mvc.perform(post("/login").param("username", "wang").param("password", PASSWORD).with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden()).andExpect(unauthenticated());
        // refused before any password check: no failed login counted or audited
        assertThat(audit.count(AuditFilter.all().withAction(AuditAction.LOGIN_FAILED))).isZero();
        mvc.perform(login().user("wang").password(PASSWORD)).andExpect(authenticated().withUsername("wang"));
    }

    @Test
    void failedLoginsFromOneAddressAreRateLimitedBeforeAnyPasswordIsChecked() throws Exception {
        int capacity = rateLimit.capacity();
        for (int i = 0; i < capacity; i++) {
            mvc.perform(loginFrom("10.0.0.7", "nobody-" + i, "猜-" + i))
                    .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(loginFrom("10.0.0.7", "root", PASSWORD))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"))
                .andExpect(unauthenticated());
        assertThat(audit.count(AuditFilter.all().withAction(AuditAction.LOGIN_FAILED))).isEqualTo(capacity);
        // another address is not affected
        mvc.perform(loginFrom("10.0.0.8", "root", PASSWORD)).andExpect(authenticated());
    }

    @Test
    void aLockedAnUnknownAndAWrongPasswordLoginTakeTheSameTime() throws Exception {
        accounts.create("test", "locked", null, PASSWORD, Set.of(Role.LEADER));
        for (int i = 0; i < lockout.maxFailures(); i++) {
            accounts.recordFailedLogin("locked", "测试");
        }
        assertThat(accounts.find("locked").orElseThrow().lockedUntil()).isNotNull();
        long locked = medianMillis("locked");
        long unknown = medianMillis("nobody-at-all");
        long wrong = medianMillis("wang");
        // before: a locked account answered in ~8 ms, an unknown user in ~94 ms (BCrypt); now each checks BCrypt once
        assertThat(locked).as("locked %d ms vs unknown %d ms", locked, unknown).isGreaterThanOrEqualTo(unknown / 2);
        assertThat(wrong).as("wrong %d ms vs unknown %d ms", wrong, unknown).isGreaterThanOrEqualTo(unknown / 2);
    }

    private long medianMillis(String user) throws Exception {
        long[] times = new long[5];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            mvc.perform(loginFrom("10.1." + user.length() + "." + i, user, "错误的密码-" + i))
                    .andExpect(unauthenticated());
            times[i] = (System.nanoTime() - start) / 1_000_000;
        }
        java.util.Arrays.sort(times);
        return times[times.length / 2];
    }

    @Test
    void sessionsAreTrackedByCookieOnlyAndForwardedHeadersAreOffUnlessConfigured() {
        assertThat(server.getServlet().getSession().getTrackingModes())
                .containsExactly(org.springframework.boot.web.servlet.server.Session.SessionTrackingMode.COOKIE);
        assertThat(server.getForwardHeadersStrategy()).isEqualTo(ServerProperties.ForwardHeadersStrategy.NONE);
        assertThat(server.getTomcat().getMaxPartHeaderSize().toBytes()).isEqualTo(8 * 1024);
    }

    @Test
    void theCspForbidsInlineEventHandlers() throws Exception {
        mvc.perform(get("/")).andExpect(header().string("Content-Security-Policy",
                org.hamcrest.Matchers.containsString("script-src-attr 'none'")));
    }

    @Test
    void anonymousRequestsGoToTheLoginPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("http://localhost/login"));
        mvc.perform(get("/admin/users")).andExpect(status().isFound())
                .andExpect(redirectedUrl("http://localhost/login"));
        mvc.perform(get("/department/1")).andExpect(status().isFound())
                .andExpect(redirectedUrl("http://localhost/login"));
    }

    @Test
    void theRightPasswordLogsInAndAWrongOneIsAuditedAsAFailure() throws Exception {
        mvc.perform(login().user("wang").password(PASSWORD))
                .andExpect(authenticated().withUsername("wang").withRoles("LEADER"));
        mvc.perform(login().user("wang").password("错误的密码-2026"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        mvc.perform(login().user("nobody").password(PASSWORD)).andExpect(unauthenticated());

        assertThat(audit.find(AuditFilter.all().withAction(AuditAction.LOGIN_FAILED), 0, 10))
                .extracting(AuditEntry::target).containsExactly("nobody", "wang");
        AuditEntry wrong = audit.find(AuditFilter.all().withAction(AuditAction.LOGIN_FAILED), 0, 10).get(1);
        assertThat(wrong.actor()).isEqualTo(UserAccounts.ANONYMOUS);
        assertThat(wrong.detail()).contains("用户名或密码错误").contains("连续第 1 次失败");
    }

    @Test
    void repeatedFailuresLockTheAccountEvenAgainstTheRightPasswordUntilReset() throws Exception {
        for (int i = 0; i < lockout.maxFailures(); i++) {
            mvc.perform(login().user("wang").password("猜一猜密码-" + i)).andExpect(unauthenticated());
        }

        mvc.perform(login().user("wang").password(PASSWORD))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        assertThat(accounts.find("wang").orElseThrow().lockedUntil()).isNotNull();
        assertThat(audit.count(AuditFilter.all().withAction(AuditAction.ACCOUNT_LOCKED))).isEqualTo(1);
        assertThat(audit.find(AuditFilter.all().withAction(AuditAction.LOGIN_FAILED), 0, 1).get(0).detail())
                .contains("账户已锁定");
        // another account is not affected
        mvc.perform(login().user("root").password(PASSWORD)).andExpect(authenticated());

        accounts.resetPassword("root", "wang", "新的密码-2026");
        mvc.perform(login().user("wang").password("新的密码-2026")).andExpect(authenticated());
    }

    @Test
    void aDisabledAccountCannotLogIn() throws Exception {
        accounts.setEnabled("root", "wang", false);

        mvc.perform(login().user("wang").password(PASSWORD)).andExpect(unauthenticated());
        assertThat(audit.find(AuditFilter.all().withAction(AuditAction.LOGIN_FAILED), 0, 1).get(0).detail())
                .contains("账户已停用");
    }

    @Test
    void everyResponseCarriesSecureHeaders() throws Exception {
        for (String path : new String[] {"/", "/admin/audit", "/department/3"}) {
            mvc.perform(get(path))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("Referrer-Policy", "same-origin"))
                    .andExpect(header().string("Content-Security-Policy",
                            org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
                    .andExpect(header().string("Content-Security-Policy",
                            org.hamcrest.Matchers.containsString("object-src 'none'")))
                    .andExpect(header().exists("Permissions-Policy"))
                    .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
        }
    }

    @Test
    void sessionsTimeOutAndIdleVaadinSessionsClose() {
        assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(environment.getProperty("vaadin.closeIdleSessions", Boolean.class)).isTrue();
        assertThat(lockout.maxFailures()).isEqualTo(5);
        assertThat(lockout.duration()).isEqualTo(Duration.ofMinutes(15));
    }
}
