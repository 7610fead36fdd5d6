package cn.districtbudget.ui.security;

import cn.districtbudget.data.account.UserAccounts;
import com.vaadin.flow.spring.security.VaadinWebSecurity;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Spring Security through Vaadin: every page needs a login except the login page, each view declares its roles,
 * the no-ADMIN gate comes first, and every response carries secure headers (CSP, no framing, no sniffing,
 * same-origin referrer, no powerful browser features; HSTS when served over HTTPS).
 * Session timeout and idle-session closing are in application.properties.
 */
@EnableWebSecurity
@Configuration
public class SecurityConfiguration extends VaadinWebSecurity {

    /** Vaadin's client needs inline bootstrap scripts, eval for executeJs and inline styles; nothing from elsewhere. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private final DemoMode demo;
    private final UserAccounts accounts;

    public SecurityConfiguration(DemoMode demo, UserAccounts accounts) {
        this.demo = demo;
        this.accounts = accounts;
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                        "camera=(), microphone=(), geolocation=(), payment=(), usb=()"))
                .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")));
        http.addFilterAfter(new AdminGate(demo, accounts), HeaderWriterFilter.class);
        super.configure(http);
        setLoginView(http, LoginView.class);
    }
}
