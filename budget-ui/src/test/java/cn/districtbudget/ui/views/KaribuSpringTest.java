package cn.districtbudget.ui.views;

import cn.districtbudget.data.account.Role;
import cn.districtbudget.ui.BudgetApplication;
import cn.districtbudget.ui.importing.ImportRunner;
import cn.districtbudget.ui.security.KaribuLogin;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Views in a mocked Vaadin UI (Karibu-Testing) on the real Spring context: H2 in memory, demo data off.
 * Imports run on the calling thread so a test sees their results at once.
 */
@SpringBootTest(classes = {BudgetApplication.class, KaribuSpringTest.InlineImports.class}, properties = {
        "budget.demo.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:ui-views;DB_CLOSE_DELAY=-1",
        "budget.data-dir=target/ui-test-data"})
abstract class KaribuSpringTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("cn.districtbudget.ui");
        }
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        KaribuLogin.as("admin", Role.ADMIN); // views are secured: tests of a view's behaviour run as ADMIN
    }

    @AfterEach
    void tearDownVaadin() {
        KaribuLogin.logout();
        MockVaadin.tearDown();
    }

    /** Imports run inline in tests. */
    @TestConfiguration
    static class InlineImports {
        @Bean
        @Primary
        ImportRunner inlineImportRunner() {
            return new ImportRunner() {
                @Override
                public void submit(Runnable task) {
                    task.run();
                }
            };
        }
    }
}
