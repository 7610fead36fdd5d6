package cn.districtbudget.ui.security;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The HTTP status of a page's first request. Vaadin answers every page address with the same bootstrap page (200)
 * and only then, in the client's follow-up request, finds the view, so a refused page ({@link AccessDeniedView})
 * would answer 200 and an unknown address too. This filter, after Spring Security has identified the user, looks
 * the address up among Vaadin's routes and applies the same role annotations Vaadin applies to the view: a page
 * the user may not open answers 403, an address that is no page 404; the page itself still shows the Chinese
 * refusal or not-found text. Vaadin's own requests, static files and anonymous requests (sent to the login page
 * by the security chain) are left alone.
 */
class PageStatusFilter extends OncePerRequestFilter {

    private final AccessAnnotationChecker access = new AccessAnnotationChecker();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = HandlerHelper.getRequestPathInsideContext(request);
        return !"GET".equals(request.getMethod()) || request.getParameter("v-r") != null
                || request.getUserPrincipal() == null || path == null
                || path.startsWith("/VAADIN/") || path.startsWith("/HEARTBEAT/") || path.contains(".")
                || HandlerHelper.isFrameworkInternalRequest("/*", request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        int status = status(request);
        chain.doFilter(request, status == HttpServletResponse.SC_OK ? response : new FixedStatus(response, status));
    }

    private int status(HttpServletRequest request) {
        ApplicationRouteRegistry routes = ApplicationRouteRegistry.getInstance(
                new VaadinServletContext(request.getServletContext()));
        String path = HandlerHelper.getRequestPathInsideContext(request);
        String location = path.startsWith("/") ? path.substring(1) : path;
        Optional<Class<? extends Component>> view = routes.getNavigationTarget(location);
        if (view.isEmpty()) {
            return HttpServletResponse.SC_NOT_FOUND;
        }
        return access.hasAccess(view.get(), request) ? HttpServletResponse.SC_OK : HttpServletResponse.SC_FORBIDDEN;
    }

    /** A response whose status stays the one decided here, whatever the page's writer sets afterwards. */
    private static final class FixedStatus extends HttpServletResponseWrapper {
        FixedStatus(HttpServletResponse response, int status) {
            super(response);
            super.setStatus(status);
        }

        @Override
        public void setStatus(int sc) {
            if (sc >= 300) {
                super.setStatus(sc);
            }
        }
    }
}
