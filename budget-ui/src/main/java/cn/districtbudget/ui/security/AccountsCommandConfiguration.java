package cn.districtbudget.ui.security;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/**
 * The application context of {@code create-admin}: budget-data's services only (accounts, audit, Flyway), no web
 * server, no Vaadin and no web security. Deliberately not a {@code @Configuration}: the application's component
 * scan must not find it, or its exclusions would switch Vaadin and security off in the web application too.
 */
@EnableAutoConfiguration(excludeName = {
        "com.vaadin.flow.spring.SpringBootAutoConfiguration",
        "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
        "com.vaadin.flow.spring.VaadinScopesConfig",
        "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration"})
@AutoConfigurationPackage(basePackages = "cn.districtbudget.data")
@ComponentScan("cn.districtbudget.data")
class AccountsCommandConfiguration {
}
