package cn.districtbudget.data.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** A stored user: the BCrypt hash of the password, never the password itself. */
public record UserAccount(long id, String username, String displayName, String passwordHash, boolean enabled,
                          Set<Role> roles, int failedLogins, Instant lockedUntil, Instant createdAt) {

    public UserAccount {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** True while a lock-out after failed logins lasts. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
