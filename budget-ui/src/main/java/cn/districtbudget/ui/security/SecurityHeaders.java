package cn.districtbudget.ui.security;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The security headers every response carries, in one place: Spring Security writes them on the application's
 * responses ({@link SecurityConfiguration}), Tomcat's error page for requests Spring never sees writes the fixed
 * ones of {@link #STATIC} (cn.districtbudget.ui.web.SecureErrorReportValve).
 */
public final class SecurityHeaders {

    /**
     * Vaadin's client needs inline bootstrap scripts ({@code <script initial>} in every page), eval for executeJs
     * and inline styles (measured: see docs/security.md); nothing from elsewhere. Inline event handlers
     * ({@code onerror=}, {@code onclick=}) are never needed: {@code script-src-attr 'none'} forbids them, so injected
     * markup such as {@code <img src=x onerror=alert(1)>} cannot run script even where it reached the page.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "script-src-attr 'none'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /** Header name to value, for responses written outside Spring Security. */
    public static final Map<String, String> STATIC;

    static {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "same-origin");
        headers.put("Permissions-Policy", PERMISSIONS_POLICY);
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
        headers.put("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        STATIC = Map.copyOf(headers);
    }

    private SecurityHeaders() {
    }
}
