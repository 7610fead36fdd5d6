package cn.districtbudget.ui.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * Debian's Chromium (never a downloaded one) driven by Playwright. Where Chromium is missing the browser test
 * fails in CI (env CI=true) and is reported as aborted elsewhere.
 */
final class Chromium {

    static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");

    private Chromium() {
    }

    /** The Chromium executable: env BUDGET_CHROMIUM, else /usr/bin/chromium. */
    static Path executable() {
        String configured = System.getenv("BUDGET_CHROMIUM");
        Path path = Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
        if (!Files.isExecutable(path)) {
            String message = "Chromium not found at " + path + " (apt-get install chromium, or set BUDGET_CHROMIUM)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + ": the browser test must run in CI");
            }
            abort(message);
        }
        return path;
    }

    static Browser launch(Playwright playwright, Path executable) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable)
                .setHeadless(true)
                .setArgs(FLAGS));
    }
}
