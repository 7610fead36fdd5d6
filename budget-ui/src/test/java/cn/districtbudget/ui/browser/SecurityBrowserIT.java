package cn.districtbudget.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The demo jar in Chromium, logged in through the login page as each demo account: each role sees its pages and is
 * refused the others; anonymous visitors only get the login page with the demo accounts; a wrong password is
 * refused and shows up in the audit log; responses carry the secure headers.
 */
class SecurityBrowserIT extends DemoJarBrowserTest {

    static final List<String> READ_PAGES = List.of("", "sangong", "kpi", "departments", "quality");


    private static boolean refused(Page page, String path) {
        page.navigate(app.url(path));
        page.waitForSelector("vaadin-app-layout");
        page.waitForFunction("() => document.querySelector('#access-denied') || document.querySelector('.view')"
                + " || document.querySelector('vaadin-grid')");
        return page.locator("#access-denied").count() > 0;
    }

    @Test
    void anonymousVisitorsOnlyGetTheLoginPageWithTheDemoAccounts() {
        Page page = freshPage();
        for (String path : List.of("", "import", "admin/users", "department/1")) {
            Response response = page.navigate(app.url(path));
            page.waitForSelector("vaadin-login-form");
            assertThat(page.url()).as(path).endsWith("/login");
            assertThat(response.status()).isEqualTo(200);
        }
        assertThat(page.locator("#demo-accounts").textContent()).contains("leader", "leader-demo", "staff-demo", "admin-demo");
        assertThat(page.locator("vaadin-login-form").textContent() + page.content()).contains("用户名");
        page.screenshot(new Page.ScreenshotOptions().setPath(OUT.resolve("login.png")));
        page.context().close();
    }

    @Test
    void everyResponseCarriesSecureHeaders() {
        Page page = freshPage();
        Response response = page.navigate(app.url("login"));
        Map<String, String> headers = response.allHeaders();
        assertThat(headers.get("content-security-policy")).contains("frame-ancestors 'none'", "object-src 'none'");
        assertThat(headers.get("x-frame-options")).isEqualTo("DENY");
        assertThat(headers.get("x-content-type-options")).isEqualTo("nosniff");
        assertThat(headers.get("referrer-policy")).isEqualTo("same-origin");
        assertThat(headers).containsKey("permissions-policy");
        page.context().close();
    }

    @Test
    void aLeaderReadsEveryDashboardAndIsRefusedImportAndAdministration() {
        Page page = loggedIn("leader", "leader-demo");
        for (String path : READ_PAGES) {
            assertThat(refused(page, path)).as(path).isFalse();
        }
        assertThat(page.locator("#current-user").textContent()).isEqualTo("leader");
        assertThat(page.locator("#side-nav").textContent()).doesNotContain("导入公开说明", "用户管理", "审计日志");
        for (String path : List.of("import", "admin/users", "admin/audit")) {
            assertThat(refused(page, path)).as(path).isTrue();
            assertThat(page.locator("#access-denied").textContent()).contains("无权访问此页面");
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(OUT.resolve("leader-refused.png")));
        page.context().close();
    }

    @Test
    void staffAlsoImportsButIsRefusedAdministration() {
        Page page = loggedIn("staff", "staff-demo");
        for (String path : READ_PAGES) {
            assertThat(refused(page, path)).as(path).isFalse();
        }
        assertThat(refused(page, "import")).isFalse();
        assertThat(page.locator("vaadin-upload").count()).isEqualTo(1);
        assertThat(refused(page, "admin/users")).isTrue();
        assertThat(refused(page, "admin/audit")).isTrue();
        page.context().close();
    }

    @Test
    void theAdminManagesUsersAndReadsTheAuditLogIncludingAFailedLogin() {
        Page intruder = freshPage();
        intruder.navigate(app.url("login"));
        intruder.locator("vaadin-login-form input[name='username']").fill("leader");
        intruder.locator("vaadin-login-form input[name='password']").fill("wrong-password");
        intruder.locator("vaadin-login-form input[name='password']").press("Enter");
        intruder.waitForURL(url -> url.contains("error"));
        intruder.waitForSelector("vaadin-login-form[error]");
        intruder.context().close();

        Page page = loggedIn("admin", "admin-demo");
        for (String path : READ_PAGES) {
            assertThat(refused(page, path)).as(path).isFalse();
        }
        assertThat(refused(page, "import")).isFalse();
        assertThat(refused(page, "admin/users")).isFalse();
        page.waitForFunction("() => document.querySelector('#users') && document.querySelector('#users').innerText.includes('leader')");
        String users = page.locator("#users").innerText();
        assertThat(users).contains("leader", "staff", "admin");
        page.screenshot(new Page.ScreenshotOptions().setPath(OUT.resolve("users.png")));

        assertThat(refused(page, "admin/audit")).isFalse();
        page.waitForFunction("() => document.querySelector('#audit-entries') && document.querySelector('#audit-entries').innerText.includes('登录失败')");
        assertThat(page.locator("#audit-entries").innerText()).contains("登录失败", "leader");
        page.screenshot(new Page.ScreenshotOptions().setPath(OUT.resolve("audit.png")));

        page.locator("#logout").click();
        page.waitForURL(url -> url.contains("/login"));
        page.context().close();
    }
}
