package cn.districtbudget.ui.browser;

import com.microsoft.playwright.Page;

/** Logs in through the Chinese login page, as a person would: type the name and password, press Enter. */
final class BrowserLogin {

    /** The demo accounts the demo creates and its login page shows. */
    static final String[][] DEMO = {{"leader", "leader-demo"}, {"staff", "staff-demo"}, {"admin", "admin-demo"}};

    private BrowserLogin() {
    }

    static void logIn(Page page, RunningJar app, String username, String password) {
        page.navigate(app.url("login"));
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form input[name='password']").press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
        page.waitForSelector("vaadin-app-layout");
    }

    static void logInAsAdmin(Page page, RunningJar app) {
        logIn(page, app, "admin", "admin-demo");
    }
}
