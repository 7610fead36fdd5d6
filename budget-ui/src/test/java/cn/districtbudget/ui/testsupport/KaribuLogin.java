package cn.districtbudget.ui.testsupport;

import cn.districtbudget.ui.security.Roles;

import cn.districtbudget.data.account.Role;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

/**
 * Logs a user in for Karibu view tests, where no servlet filter runs: the Spring Security context (what the views
 * read) and the fake request's principal and roles (what Vaadin's view access control reads). Call after
 * {@code MockVaadin.setup}; {@link #logout()} in the tear-down.
 */
public final class KaribuLogin {

    private KaribuLogin() {
    }

    public static void as(String username, Role... roles) {
        List<GrantedAuthority> authorities = Arrays.stream(roles)
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(Roles.authority(r))).toList();
        User user = new User(username, "n/a", authorities);
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        Set<String> roleNames = Arrays.stream(roles).map(Role::name).collect(Collectors.toSet());
        FakeRequest request = fakeRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> roleNames.contains(role));
    }

    public static void logout() {
        SecurityContextHolder.clearContext();
        if (VaadinRequest.getCurrent() != null) {
            FakeRequest request = fakeRequest();
            request.setUserPrincipalInt(null);
            request.setUserInRole((principal, role) -> false);
        }
    }

    private static FakeRequest fakeRequest() {
        return (FakeRequest) ((VaadinServletRequest) VaadinRequest.getCurrent()).getRequest();
    }
}
