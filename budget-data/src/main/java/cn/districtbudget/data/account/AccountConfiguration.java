package cn.districtbudget.data.account;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt for passwords and the lock-out policy: {@code budget.security.lockout.max-failures} (5) failed logins
 * in a row lock an account for {@code budget.security.lockout.duration} (15 minutes).
 */
@Configuration(proxyBeanMethods = false)
public class AccountConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    LockoutPolicy lockoutPolicy(@Value("${budget.security.lockout.max-failures:5}") int maxFailures,
                                @Value("${budget.security.lockout.duration:15m}") Duration duration) {
        return new LockoutPolicy(maxFailures, duration);
    }
}
