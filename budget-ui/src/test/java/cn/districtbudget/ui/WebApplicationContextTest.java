package cn.districtbudget.ui;

import cn.districtbudget.ui.testsupport.UiSpringTest;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.spring.SpringServlet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationContext;

/**
 * The web application keeps Vaadin: a command's own context configuration (import, create-admin) must not be found
 * by the application's component scan, or its auto-configuration exclusions switch Vaadin off here too.
 */
class WebApplicationContextTest extends UiSpringTest {

    @Autowired
    ApplicationContext context;

    @Test
    void registersTheVaadinServlet() {
        assertThat(context.getBeansOfType(ServletRegistrationBean.class).values())
                .anySatisfy(registration -> assertThat(registration.getServlet()).isInstanceOf(SpringServlet.class));
    }
}
