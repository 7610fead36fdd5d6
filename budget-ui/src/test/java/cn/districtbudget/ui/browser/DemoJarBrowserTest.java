package cn.districtbudget.ui.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What every browser test of the demo jar shares: the packaged jar with demo data and Debian's Chromium
 * ({@link DemoJarInBrowser}), started once per test class and closed after it; fresh pages in a new browser context
 * (1440 × 900, zh-CN); pages logged in through the login page ({@link BrowserLogin}); the screenshot folder.
 */
abstract class DemoJarBrowserTest {

    static final Path OUT = Path.of("target", "browser");
    static final String ALL_CHARTS_DRAWN =
            "() => { const c = [...document.querySelectorAll('apex-chart')]; return c.length > 0 && c.every(e => e.hasAttribute('data-drawn')); }";

    static DemoJarInBrowser session;
    static RunningJar app;
    static Browser browser;

    @BeforeAll
    static void startTheDemoJarInChromium() throws Exception {
        Files.createDirectories(OUT);
        session = DemoJarInBrowser.start("budget-browser-it");
        app = session.app;
        browser = session.browser;
    }

    @AfterAll
    static void stopTheDemoJar() throws Exception {
        if (session != null) {
            session.close();
            session = null;
        }
    }

    /** A page in a new browser context (its own cookies, so nobody is logged in), 30 s timeout. */
    static Page freshPage() {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900).setLocale("zh-CN"))
                .newPage();
        page.setDefaultTimeout(30_000);
        return page;
    }

    /** A fresh page logged in as a demo account through the login page. */
    static Page loggedIn(String username, String password) {
        Page page = freshPage();
        BrowserLogin.logIn(page, app, username, password);
        return page;
    }

    /** A fresh page logged in as the demo's ADMIN. */
    static Page adminPage() {
        Page page = freshPage();
        BrowserLogin.logInAsAdmin(page, app);
        return page;
    }
}
