package cn.districtbudget.ui.browser;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The packaged production jar started with demo data on a free port, and Debian's Chromium driven by Playwright:
 * what every browser test starts before its first page and closes after its last.
 */
final class DemoJarInBrowser implements AutoCloseable {

    final RunningJar app;
    final Browser browser;
    private final Playwright playwright;

    private DemoJarInBrowser(RunningJar app, Playwright playwright, Browser browser) {
        this.app = app;
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Fails (never skips) when the jar was not packaged or Chromium is missing in CI. */
    static DemoJarInBrowser start(String tempPrefix) throws Exception {
        String jarProperty = System.getProperty("budget.jar");
        Path jar = jarProperty == null ? null : Path.of(jarProperty);
        if (jar == null || !Files.isRegularFile(jar)) {
            fail("budget.jar does not point at the packaged jar (" + jarProperty + "): run mvn -Pproduction verify");
        }
        Path chromium = Chromium.executable();
        RunningJar app = RunningJar.start(jar, Files.createTempDirectory(tempPrefix), Duration.ofMinutes(5));
        Playwright playwright = null;
        try {
            playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            return new DemoJarInBrowser(app, playwright, Chromium.launch(playwright, chromium));
        } catch (RuntimeException e) {
            if (playwright != null) {
                playwright.close();
            }
            app.close();
            throw e;
        }
    }

    @Override
    public void close() throws Exception {
        browser.close();
        playwright.close();
        app.close();
    }
}
