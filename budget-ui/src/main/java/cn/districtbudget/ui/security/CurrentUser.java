package cn.districtbudget.ui.security;

import cn.districtbudget.data.account.Role;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The logged-in user of the current request or UI, as views and services need it (audit actor, menu entries). */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** The username, empty when nobody is logged in. */
    public static Optional<String> name() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.ofNullable(authentication.getName());
    }

    /** The username for the audit log; {@code 未登录} should never be recorded behind the login page. */
    public static String actor() {
        return name().orElse("未登录");
    }

    public static boolean has(Role role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return name().isPresent() && authentication.getAuthorities().stream()
                .anyMatch(a -> Roles.authority(role).equals(a.getAuthority()));
    }
}
