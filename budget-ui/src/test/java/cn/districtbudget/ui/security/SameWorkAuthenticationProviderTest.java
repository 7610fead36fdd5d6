package cn.districtbudget.ui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Every login path checks the password with BCrypt exactly once, so timing tells nothing about the account. */
class SameWorkAuthenticationProviderTest {

    static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(4);
    static final String HASH = BCRYPT.encode("right-password-1");

    final AtomicInteger checks = new AtomicInteger();
    final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return BCRYPT.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return BCRYPT.matches(raw, encoded);
        }
    };

    final UserDetailsService users = name -> switch (name) {
        case "active" -> User.withUsername(name).password(HASH).roles("LEADER").build();
        case "locked" -> User.withUsername(name).password(HASH).roles("LEADER").accountLocked(true).build();
        case "disabled" -> User.withUsername(name).password(HASH).roles("LEADER").disabled(true).build();
        default -> throw new UsernameNotFoundException("no such user");
    };

    private int checksFor(String user, String password, Class<? extends Exception> refusal) {
        SameWorkAuthenticationProvider provider = new SameWorkAuthenticationProvider(users, counting);
        checks.set(0);
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(user, password);
        if (refusal == null) {
            assertThat(provider.authenticate(attempt).isAuthenticated()).isTrue();
        } else {
            assertThatThrownBy(() -> provider.authenticate(attempt)).isInstanceOf(refusal);
        }
        return checks.get();
    }

    @Test
    void everyPathChecksThePasswordOnce() {
        assertThat(checksFor("active", "right-password-1", null)).isEqualTo(1);
        assertThat(checksFor("active", "wrong", BadCredentialsException.class)).isEqualTo(1);
        assertThat(checksFor("nobody", "wrong", BadCredentialsException.class)).isEqualTo(1);
        // Spring's default provider answers these before the password check (0 checks): ~8 ms instead of ~94 ms
        assertThat(checksFor("locked", "wrong", BadCredentialsException.class)).isEqualTo(1);
        assertThat(checksFor("locked", "right-password-1", LockedException.class)).isEqualTo(1);
        assertThat(checksFor("disabled", "right-password-1", DisabledException.class)).isEqualTo(1);
    }
}
