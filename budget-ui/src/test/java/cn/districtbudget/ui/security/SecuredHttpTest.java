package cn.districtbudget.ui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The real security filter chain (MockMvc) on a non-demo start with an ADMIN: anonymous users are sent to the
 * login page, logins check the BCrypt hash, failures are audited and lock the account, headers are set.
 */
@SpringBootTest(properties = {
        "budget.demo.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:secured-http;DB_CLOSE_DELAY=-1",
        "budget.data-dir=target/secured-http-data"})
@AutoConfigureMockMvc
class SecuredHttpTest {

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

    @BeforeEach
    void oneAdminAndOneLeader() {
        jdbc.sql("delete from user_account_role").update();
        jdbc.sql("delete from user_account").update();
        jdbc.sql("delete from audit_entry").update();
        accounts.create("test", "root", null, PASSWORD, Set.of(Role.ADMIN));
        accounts.create("test", "wang", "王科长", PASSWORD, Set.of(Role.LEADER));
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
        mvc.perform(formLogin("/login").user("wang").password(PASSWORD))
                .andExpect(authenticated().withUsername("wang").withRoles("LEADER"));
        mvc.perform(formLogin("/login").user("wang").password("错误的密码-2026"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("nobody").password(PASSWORD)).andExpect(unauthenticated());

        assertThat(audit.find(AuditFilter.all().withAction(AuditAction.LOGIN_FAILED), 0, 10))
                .extracting(AuditEntry::target).containsExactly("nobody", "wang");
        AuditEntry wrong = audit.find(AuditFilter.all().withAction(AuditAction.LOGIN_FAILED), 0, 10).get(1);
        assertThat(wrong.actor()).isEqualTo(UserAccounts.ANONYMOUS);
        assertThat(wrong.detail()).contains("用户名或密码错误").contains("连续第 1 次失败");
    }

    @Test
    void repeatedFailuresLockTheAccountEvenAgainstTheRightPasswordUntilReset() throws Exception {
        for (int i = 0; i < lockout.maxFailures(); i++) {
            mvc.perform(formLogin("/login").user("wang").password("猜一猜密码-" + i)).andExpect(unauthenticated());
        }

        mvc.perform(formLogin("/login").user("wang").password(PASSWORD))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        assertThat(accounts.find("wang").orElseThrow().lockedUntil()).isNotNull();
        assertThat(audit.count(AuditFilter.all().withAction(AuditAction.ACCOUNT_LOCKED))).isEqualTo(1);
        assertThat(audit.find(AuditFilter.all().withAction(AuditAction.LOGIN_FAILED), 0, 1).get(0).detail())
                .contains("账户已锁定");
        // another account is not affected
        mvc.perform(formLogin("/login").user("root").password(PASSWORD)).andExpect(authenticated());

        accounts.resetPassword("root", "wang", "新的密码-2026");
        mvc.perform(formLogin("/login").user("wang").password("新的密码-2026")).andExpect(authenticated());
    }

    @Test
    void aDisabledAccountCannotLogIn() throws Exception {
        accounts.setEnabled("root", "wang", false);

        mvc.perform(formLogin("/login").user("wang").password(PASSWORD)).andExpect(unauthenticated());
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
