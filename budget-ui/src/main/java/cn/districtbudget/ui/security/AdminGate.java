package cn.districtbudget.ui.security;

import cn.districtbudget.data.account.UserAccounts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Outside the demo, while no enabled ADMIN exists, every request is answered with 503 and a page saying how to
 * create one ({@code create-admin}); nothing else is served, not even the login page. Once an ADMIN exists the
 * gate stays open (the last ADMIN can be neither disabled nor demoted). Runs inside the security filter chain,
 * after the header writer, so the page carries the secure headers too.
 */
final class AdminGate extends OncePerRequestFilter {

    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head><meta charset="utf-8"><title>尚未创建管理员 · 部门预算公开看板</title></head>
            <body style="font-family: sans-serif; max-width: 46em; margin: 3em auto; line-height: 1.6">
            <h1>尚未创建管理员账户</h1>
            <p>本服务不是以演示模式启动的，数据库中还没有启用的管理员（ADMIN），因此暂不提供任何页面。</p>
            <p>请在服务器上用同样的数据库设置运行以下命令创建管理员（密码从控制台读取，或取自环境变量
            <code>BUDGET_ADMIN_PASSWORD</code>），然后刷新本页：</p>
            <pre>java -jar budget-ui/target/budget-ui.jar create-admin 用户名</pre>
            <p>使用 PostgreSQL 时加上启动时的参数，例如 <code>--spring.profiles.active=postgres</code>；
            使用内嵌 H2 数据库时请先停止本服务，创建后再启动。</p>
            <p lang="en">No administrator exists yet: run <code>create-admin NAME</code> (see above), then reload.</p>
            </body>
            </html>
            """;

    private final DemoMode demo;
    private final UserAccounts accounts;
    private volatile boolean open;

    AdminGate(DemoMode demo, UserAccounts accounts) {
        this.demo = demo;
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (open || demo.enabled() || adminExists()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(PAGE.getBytes(StandardCharsets.UTF_8));
    }

    private boolean adminExists() {
        if (accounts.hasActiveAdmin()) {
            open = true;
        }
        return open;
    }
}
