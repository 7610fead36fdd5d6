package cn.districtbudget.ui.security;

import cn.districtbudget.ui.BudgetApplication;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** Security views in a mocked Vaadin UI on the real Spring context (H2 in memory, not the demo), nobody logged in. */
@SpringBootTest(classes = BudgetApplication.class, properties = {
        "budget.demo.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:security-views;DB_CLOSE_DELAY=-1",
        "budget.data-dir=target/security-views-data"})
abstract class SecuredKaribuTest {

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
    }

    @AfterEach
    void tearDownVaadin() {
        KaribuLogin.logout();
        MockVaadin.tearDown();
    }
}
