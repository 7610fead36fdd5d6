package cn.districtbudget.ui.security;

import cn.districtbudget.data.account.UserAccount;
import cn.districtbudget.data.account.UserAccounts;
import java.time.Instant;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Users from the database: BCrypt hash, one ROLE_ authority per role, disabled and locked-out accounts refused. */
@Service
public class DatabaseUserDetailsService implements UserDetailsService {

    private final UserAccounts accounts;

    public DatabaseUserDetailsService(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.find(username)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .accountLocked(account.lockedAt(Instant.now()))
                .authorities(account.roles().stream().map(r -> new SimpleGrantedAuthority(Roles.authority(r))).toList())
                .build();
    }
}
