package cn.districtbudget.ui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.districtbudget.data.account.Role;
import cn.districtbudget.data.account.UserAccounts;
import cn.districtbudget.data.audit.AuditAction;
import cn.districtbudget.data.audit.AuditEntry;
import cn.districtbudget.data.audit.AuditFilter;
import cn.districtbudget.data.audit.AuditLog;
import cn.districtbudget.ui.cli.BudgetCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A start that is not the demo, on a database without an ADMIN: every request is refused with a page saying to run
 * create-admin, until the command (run in-process against the same database) has created one.
 */
@SpringBootTest(properties = {
        "budget.demo.enabled=false",
        "spring.datasource.url=" + AdminGateTest.DATABASE,
        "budget.data-dir=target/admin-gate-data"})
@AutoConfigureMockMvc
class AdminGateTest {

    static final String DATABASE = "jdbc:h2:mem:admin-gate;DB_CLOSE_DELAY=-1";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    DemoMode demo;

    @Test
    void refusesEveryRequestUntilCreateAdminHasRun() throws Exception {
        assertThat(demo.enabled()).isFalse();
        assertThat(accounts.hasActiveAdmin()).isFalse();
        accounts.create("test", "leader1", null, "领导的密码-2026", java.util.Set.of(Role.LEADER));
        for (String path : List.of("/", "/login", "/admin/users", "/VAADIN/build/x.js")) {
            mvc.perform(get(path)).andExpect(status().isServiceUnavailable())
                    .andExpect(content().string(Matchers.containsString("create-admin")))
                    .andExpect(content().string(Matchers.containsString("尚未创建管理员账户")))
                    .andExpect(header().string("X-Frame-Options", "DENY"));
        }
        mvc.perform(formLogin("/login").user("leader1").password("领导的密码-2026"))
                .andExpect(status().isServiceUnavailable());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new CreateAdminCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(CreateAdminCommand.PASSWORD_VARIABLE, "管理员的密码-2026")::get, null)
                .run(List.of("Chief", "--spring.datasource.url=" + DATABASE));

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("已创建管理员 chief");
        mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("http://localhost/login"));
        mvc.perform(formLogin("/login").user("chief").password("管理员的密码-2026"))
                .andExpect(authenticated().withRoles("ADMIN"));
        AuditEntry created = audit.find(AuditFilter.all().withAction(AuditAction.USER_CREATED), 0, 1).get(0);
        assertThat(created.actor()).isEqualTo(System.getProperty("user.name"));
        assertThat(created.target()).isEqualTo("chief");
    }

    @Test
    void createAdminIsACommandOfTheJar() {
        assertThat(BudgetCli.isCommand(new String[] {"create-admin", "x"})).isTrue();
    }
}
