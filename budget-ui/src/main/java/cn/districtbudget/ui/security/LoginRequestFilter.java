package cn.districtbudget.ui.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the login form's POST ({@code /login}) before any password is checked:
 * <ol>
 *   <li>login CSRF: Vaadin's {@code setLoginView} exempts {@code /login} from Spring's CSRF check, so a foreign page
 *       could log a visitor into an attacker's account. The login form posts the token the page carries (Vaadin's
 *       login form copies the {@code _csrf} meta tags into the form), so a POST without the session's token is
 *       refused with 403;</li>
 *   <li>the per-address limit on failed logins ({@link FailedLoginRateLimit}): 429 with Retry-After.</li>
 * </ol>
 */
class LoginRequestFilter extends OncePerRequestFilter {

    private final CsrfTokenRequestHandler tokenHandler;
    private final FailedLoginRateLimit rateLimit;

    LoginRequestFilter(CsrfTokenRequestHandler tokenHandler, FailedLoginRateLimit rateLimit) {
        this.tokenHandler = tokenHandler;
        this.rateLimit = rateLimit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !"/login".equals(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!validToken(request)) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN,
                    "登录请求缺少有效的安全令牌，请刷新登录页后重试。The login request lacks a valid CSRF token: reload the login page.");
            return;
        }
        String address = request.getRemoteAddr();
        if (!rateLimit.allows(address)) {
            response.setHeader("Retry-After", String.valueOf(Math.max(1, rateLimit.retryAfter(address).toSeconds())));
            refuse(response, 429, "登录失败次数过多，请稍后再试。Too many failed logins from this address: try again later.");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * The token of the session as Spring's CSRF filter (which runs first) loaded it for this request; a token it had
     * to generate now (none in the session) cannot have been on the page, so it does not count.
     */
    private boolean validToken(HttpServletRequest request) {
        if (!(request.getAttribute(DeferredCsrfToken.class.getName()) instanceof DeferredCsrfToken deferred)
                || deferred.isGenerated()) {
            return false;
        }
        CsrfToken expected = deferred.get();
        String actual = tokenHandler.resolveCsrfTokenValue(request, expected);
        return actual != null && MessageDigest.isEqual(expected.getToken().getBytes(StandardCharsets.UTF_8),
                actual.getBytes(StandardCharsets.UTF_8));
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(message);
    }
}
