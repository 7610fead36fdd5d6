package cn.districtbudget.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.spring.SpringServlet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationContext;

/**
 * The web application keeps Vaadin: a command's own context configuration (import, create-admin) must not be found
 * by the application's component scan, or its auto-configuration exclusions switch Vaadin off here too.
 */
@SpringBootTest(classes = BudgetApplication.class, properties = {
        "budget.demo.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:web-context;DB_CLOSE_DELAY=-1",
        "budget.data-dir=target/web-context-data"})
class WebApplicationContextTest {

    @Autowired
    ApplicationContext context;

    @Test
    void registersTheVaadinServlet() {
        assertThat(context.getBeansOfType(ServletRegistrationBean.class).values())
                .anySatisfy(registration -> assertThat(registration.getServlet()).isInstanceOf(SpringServlet.class));
    }
}
