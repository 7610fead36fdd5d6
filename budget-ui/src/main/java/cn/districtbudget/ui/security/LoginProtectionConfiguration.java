package cn.districtbudget.ui.security;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The login's own protections: the same work on every path ({@link SameWorkAuthenticationProvider}) and the
 * per-address limit on failed logins: {@code budget.security.login-rate.capacity} (10) failures at once, then one
 * more every {@code budget.security.login-rate.refill} (6 s), i.e. at most about 10 a minute from one address.
 */
@Configuration(proxyBeanMethods = false)
public class LoginProtectionConfiguration {

    @Bean
    AuthenticationProvider sameWorkAuthenticationProvider(DatabaseUserDetailsService users, PasswordEncoder encoder) {
        return new SameWorkAuthenticationProvider(users, encoder);
    }

    @Bean
    FailedLoginRateLimit failedLoginRateLimit(@Value("${budget.security.login-rate.capacity:10}") int capacity,
                                              @Value("${budget.security.login-rate.refill:6s}") Duration refill) {
        return new FailedLoginRateLimit(capacity, refill, Clock.systemUTC());
    }
}
