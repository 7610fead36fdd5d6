package cn.districtbudget.ui.testsupport;

import cn.districtbudget.data.account.Role;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Views in a mocked Vaadin UI (Karibu-Testing) on the shared Spring context ({@link UiSpringTest}). Views are
 * secured: a test runs as ADMIN unless it overrides {@link #signedInAs()} (null: nobody signed in).
 */
public abstract class KaribuTest extends UiSpringTest {

    private static Routes routes;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("cn.districtbudget.ui");
        }
    }

    /** Who is signed in when a test starts. */
    protected Role signedInAs() {
        return Role.ADMIN;
    }

    @BeforeEach
    protected void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        Role role = signedInAs();
        if (role != null) {
            KaribuLogin.as(role.name().toLowerCase(java.util.Locale.ROOT), role);
        }
    }

    @AfterEach
    protected void tearDownVaadin() {
        KaribuLogin.logout();
        MockVaadin.tearDown();
    }
}
