package cn.districtbudget.ui.security;

import java.util.Arrays;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The embedded demo: README's first command, {@code budget.demo.enabled=true} (the default) on H2 without the
 * {@code postgres} profile. Only the demo listens on 127.0.0.1 alone and has accounts with known passwords;
 * any other start needs an ADMIN created from the command line.
 */
@Component
public class DemoMode {

    private final boolean enabled;

    public DemoMode(Environment environment) {
        boolean demoData = environment.getProperty("budget.demo.enabled", Boolean.class, false);
        boolean postgres = Arrays.asList(environment.getActiveProfiles()).contains("postgres")
                || environment.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
        this.enabled = demoData && !postgres;
    }

    public boolean enabled() {
        return enabled;
    }
}
