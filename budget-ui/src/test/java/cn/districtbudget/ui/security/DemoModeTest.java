package cn.districtbudget.ui.security;

import cn.districtbudget.ui.testsupport.UiSpringTest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.data.account.Role;
import cn.districtbudget.data.account.UserAccount;
import cn.districtbudget.data.account.UserAccounts;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;

/** What is the demo, its accounts, and that only the demo is bound to 127.0.0.1. */
class DemoModeTest extends UiSpringTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    static DemoMode mode(String demoEnabled, String... profiles) {
        MockEnvironment environment = new MockEnvironment();
        if (demoEnabled != null) {
            environment.setProperty("budget.demo.enabled", demoEnabled);
        }
        environment.setActiveProfiles(profiles);
        return new DemoMode(environment);
    }

    @Test
    void onlyTheEmbeddedDemoIsTheDemo() {
        assertThat(mode("true").enabled()).isTrue();
        assertThat(mode("false").enabled()).isFalse();
        assertThat(mode(null).enabled()).isFalse();
        assertThat(mode("true", "postgres").enabled()).isFalse();
        MockEnvironment pgUrl = new MockEnvironment().withProperty("budget.demo.enabled", "true")
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/budget");
        assertThat(new DemoMode(pgUrl).enabled()).isFalse();
    }

    @Test
    void theDemoListensOnTheLoopbackOnly() {
        TomcatServletWebServerFactory demo = new TomcatServletWebServerFactory();
        new LoopbackOnlyDemo(mode("true")).customize(demo);
        assertThat(demo.getAddress()).isEqualTo(InetAddress.getLoopbackAddress());
        assertThat(demo.getAddress().getHostAddress()).isEqualTo("127.0.0.1");

        TomcatServletWebServerFactory shared = new TomcatServletWebServerFactory();
        new LoopbackOnlyDemo(mode("false")).customize(shared);
        assertThat(shared.getAddress()).isNull();
    }

    @Test
    void theDemoCreatesOneAccountPerRoleOnceAndNoOtherStartDoes() {
        jdbc.sql("delete from user_account_role").update();
        jdbc.sql("delete from user_account").update();
        assertThat(accounts.list()).as("a non-demo start creates no account").isEmpty();
        new DemoAccounts(mode("false"), accounts).afterSingletonsInstantiated();
        assertThat(accounts.list()).isEmpty();
        assertThat(new DemoAccounts(mode("false"), accounts).shown()).isEmpty();

        DemoAccounts demo = new DemoAccounts(mode("true"), accounts);
        demo.afterSingletonsInstantiated();
        demo.afterSingletonsInstantiated();

        assertThat(accounts.list()).hasSize(3);
        for (DemoAccounts.DemoAccount shown : demo.shown()) {
            UserAccount account = accounts.find(shown.username()).orElseThrow();
            assertThat(account.roles()).containsExactly(shown.role());
            assertThat(accounts.matches(account, shown.password())).isTrue();
        }
        assertThat(demo.shown()).extracting(DemoAccounts.DemoAccount::role)
                .containsExactly(Role.LEADER, Role.STAFF, Role.ADMIN);
        assertThat(accounts.hasActiveAdmin()).isTrue();
    }
}
