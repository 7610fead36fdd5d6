package cn.districtbudget.ui.security;

import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Username and password login that does the same work on every path, so the answer's timing does not tell whether
 * an account exists, is locked or is disabled: the password is always checked with BCrypt once (Spring already
 * checks a dummy hash for an unknown user), and only then is the account's state (locked, disabled, expired) looked
 * at. Spring's default checks the state first and answers a locked account about ten times faster.
 */
public class SameWorkAuthenticationProvider extends DaoAuthenticationProvider {

    public SameWorkAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder) {
        super(encoder);
        setUserDetailsService(users);
        AccountStatusUserDetailsChecker state = new AccountStatusUserDetailsChecker();
        setPreAuthenticationChecks(user -> {
            // nothing before the password check: see the class comment
        });
        setPostAuthenticationChecks(state);
    }
}
