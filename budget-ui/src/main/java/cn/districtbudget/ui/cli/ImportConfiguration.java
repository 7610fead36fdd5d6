package cn.districtbudget.ui.cli;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/**
 * The application context of {@code import}: budget-data's services, entities and repositories only, no web
 * server and no Vaadin (whose auto-configuration needs a web application context). Entities and repositories
 * are found from the {@code cn.districtbudget.data} package.
 * <p>Deliberately not a {@code @Configuration}: the dashboard's component scan covers this package, and a scanned
 * configuration carrying these auto-configuration exclusions would switch Vaadin off in the web application.
 */
@EnableAutoConfiguration(excludeName = {
        "com.vaadin.flow.spring.SpringBootAutoConfiguration",
        "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
        "com.vaadin.flow.spring.VaadinScopesConfig"})
@AutoConfigurationPackage(basePackages = "cn.districtbudget.data")
@ComponentScan("cn.districtbudget.data")
class ImportConfiguration {
}
