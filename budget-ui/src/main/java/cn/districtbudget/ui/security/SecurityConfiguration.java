package cn.districtbudget.ui.security;

import cn.districtbudget.data.account.UserAccounts;
import com.vaadin.flow.spring.security.VaadinWebSecurity;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Spring Security through Vaadin: every page needs a login except the login page, each view declares its roles,
 * the no-ADMIN gate comes first, and every response carries secure headers (CSP, no framing, no sniffing,
 * same-origin referrer, no powerful browser features; HSTS when served over HTTPS); the login POST needs the
 * page's CSRF token and is rate-limited per address.
 * Session timeout and idle-session closing are in application.properties.
 */
@EnableWebSecurity
@Configuration
public class SecurityConfiguration extends VaadinWebSecurity {

    /** The policy (what Vaadin needs, measured) is explained in {@link SecurityHeaders}. */
    static final String CONTENT_SECURITY_POLICY = SecurityHeaders.CONTENT_SECURITY_POLICY;

    private final DemoMode demo;
    private final UserAccounts accounts;
    private final FailedLoginRateLimit rateLimit;
    /** Spring's default, named so that the login's CSRF check ({@link LoginRequestFilter}) unmasks tokens the same way. */
    private final CsrfTokenRequestHandler csrfHandler = new XorCsrfTokenRequestAttributeHandler();

    public SecurityConfiguration(DemoMode demo, UserAccounts accounts, FailedLoginRateLimit rateLimit) {
        this.demo = demo;
        this.accounts = accounts;
        this.rateLimit = rateLimit;
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", SecurityHeaders.PERMISSIONS_POLICY))
                .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")));
        http.addFilterAfter(new AdminGate(demo, accounts), HeaderWriterFilter.class);
        http.csrf(csrf -> csrf.csrfTokenRequestHandler(csrfHandler));
        // Vaadin's setLoginView exempts /login from the CSRF check: the login POST is checked here instead
        http.addFilterBefore(new LoginRequestFilter(csrfHandler, rateLimit),
                UsernamePasswordAuthenticationFilter.class);
        http.addFilterAfter(new PageStatusFilter(), AuthorizationFilter.class);
        super.configure(http);
        setLoginView(http, LoginView.class);
    }
}
