package cn.districtbudget.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 10 against the packaged jar: a document whose department name carries HTML (imported through the page, two
 * years) never becomes markup in any chart of any page, whatever is hovered; the CSP Vaadin runs under; refused
 * uploads get rows; and the HTTP answers: 403 and 404 page statuses, security headers on Tomcat's own 400, the
 * favicon, no session id in URLs, no login without the page's CSRF token.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HardeningBrowserIT extends DemoJarBrowserTest {

    /** As in the issue, in a district of its own (in 山海关区 the demo's 科协 takes the document as its revision). */
    static final String EVIL = "北戴河区<img src=x onerror=alert(1)>科协";
    static final String CHART_ELEMENTS = ".apexcharts-bar-area, .apexcharts-pie-area, .apexcharts-heatmap-rect, "
            + ".apexcharts-marker, .apexcharts-legend-series, .apexcharts-xaxis-label, .apexcharts-yaxis-label, "
            + ".apexcharts-datalabel";
    static final String INJECTED = "() => document.querySelectorAll('img[src=\"x\"], img[onerror], [onerror]').length";


    private static Page adminPage(List<String> cspViolations, List<String> dialogs) {
        Page page = freshPage();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy") || m.text().contains("Content-Security-Policy")) {
                cspViolations.add(page.url() + ": " + m.text());
            }
        });
        page.onDialog(d -> {
            dialogs.add(page.url() + ": " + d.type() + " " + d.message());
            d.dismiss();
        });
        BrowserLogin.logInAsAdmin(page, app);
        return page;
    }

    static String sample() throws IOException {
        try (InputStream in = HardeningBrowserIT.class.getResourceAsStream("/samples/shanhaiguan-kexie-2019-budget.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("山海关区科学技术协会", EVIL).replace("山海关区", "北戴河区");
        }
    }

    private static void upload(Page page, FilePayload... files) {
        page.locator("vaadin-upload input[type=file]").setInputFiles(files);
    }

    private static List<String> resultRows(Page page, int atLeast) {
        page.waitForFunction("n => { const g = document.querySelector('#import-results');"
                + " return g && !g.hidden && document.querySelector('#import-summary').textContent.split('，')"
                + ".map(p => parseInt(p.replace(/\\D+/g, '')) || 0).reduce((a, b) => a + b, 0) >= n; }", atLeast);
        return List.of(page.locator("#import-results").innerText().split("\n"));
    }

    @Test
    @Order(1)
    void aDepartmentNameWithHtmlNeverBecomesMarkupInAnyChartOfAnyPage() throws Exception {
        List<String> csp = new ArrayList<>();
        List<String> dialogs = new ArrayList<>();
        Page page = adminPage(csp, dialogs);
        page.navigate(app.url("import"));
        page.waitForSelector("vaadin-upload");
        String y2019 = sample();
        String y2020 = y2019.replace("2019", "2020").replace("2018", "2019");
        upload(page, new FilePayload("evil-2019.txt", "text/plain", y2019.getBytes(StandardCharsets.UTF_8)),
                new FilePayload("evil-2020.txt", "text/plain", y2020.getBytes(StandardCharsets.UTF_8)));
        // stored, or (the sample's department is in the demo) a new revision of it: either way, in and current
        resultRows(page, 2);
        assertThat(page.locator("#import-summary").textContent()).endsWith("失败 0");
        page.screenshot(new Page.ScreenshotOptions().setPath(OUT.resolve("hardening-import.png")));
        Object department = page.evaluate("() => { const a = [...document.querySelectorAll('a[href*=\"department/\"]')]"
                + ".find(a => a.textContent.includes('onerror')); return a ? a.getAttribute('href') : null; }");
        assertThat(department).as("the imported department's link in the results").isNotNull();

        // the region of the imported department: the one whose overview charts carry its name
        Long region = null;
        for (long id = 1; id <= 12 && region == null; id++) {
            page.navigate(app.url("?region=" + id + "&year=2020"));
            page.waitForSelector("vaadin-app-layout");
            page.waitForTimeout(300);
            if (page.locator("apex-chart").count() > 0) {
                page.waitForFunction(ALL_CHARTS_DRAWN);
                Object found = page.evaluate("() => [...document.querySelectorAll('apex-chart')].some(c => (c.options || '').includes('onerror'))");
                if (Boolean.TRUE.equals(found)) {
                    region = id;
                }
            }
        }
        assertThat(region).as("a region whose overview shows the imported department").isNotNull();

        List<String> pages = new ArrayList<>(List.of("?region=" + region + "&year=2020", "sangong?region=" + region + "&year=2020",
                "kpi?region=" + region + "&year=2020", "?region=" + region + "&year=2019"));
        pages.add(String.valueOf(department).replaceFirst("^/", ""));
        int hovered = 0;
        for (String path : pages) {
            page.navigate(app.url(path));
            page.waitForSelector("vaadin-app-layout");
            page.waitForTimeout(500);
            if (page.locator("apex-chart").count() == 0) {
                continue;
            }
            page.waitForFunction(ALL_CHARTS_DRAWN);
            Locator elements = page.locator(CHART_ELEMENTS);
            int count = Math.min(elements.count(), 250);
            for (int i = 0; i < count; i++) {
                try {
                    elements.nth(i).hover(new Locator.HoverOptions().setForce(true).setTimeout(2_000));
                    hovered++;
                } catch (RuntimeException notHoverable) {
                    // hidden or zero-size (e.g. a legend entry out of view): nothing a user could hover either
                }
                if (i % 10 == 0) {
                    assertThat(((Number) page.evaluate(INJECTED)).intValue()).as(path + " after hover " + i).isZero();
                }
            }
            assertThat(((Number) page.evaluate(INJECTED)).intValue()).as(path).isZero();
            assertThat(page.content()).as(path).doesNotContain("<img src=\"x\"", "<img src=x");
            page.screenshot(new Page.ScreenshotOptions().setPath(OUT.resolve("hardening-" + (path.isEmpty() ? "overview"
                    : path.replaceAll("[^a-z0-9]+", "-")) + ".png")));
        }
        assertThat(hovered).as("chart elements hovered").isGreaterThan(20);
        assertThat(dialogs).as("dialogs opened").isEmpty();
        assertThat(csp).as("CSP violations (Vaadin and ApexCharts must work under the policy)").isEmpty();
        Files.writeString(OUT.resolve("hardening-hover.txt"), "pages " + pages + "\nchart elements hovered: " + hovered + "\n");
        page.context().close();
    }

    @Test
    @Order(2)
    void refusedUploadsGetTheirOwnRowsSayingWhy() {
        List<String> csp = new ArrayList<>();
        Page page = adminPage(csp, new ArrayList<>());
        page.navigate(app.url("import"));
        page.waitForSelector("vaadin-upload");
        assertThat(page.locator("#upload-limits").textContent()).contains("10 MB", "255");

        byte[] big = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        // refused by the upload component in the browser
        upload(page, new FilePayload("big-in-browser.txt", "text/plain", big));
        List<String> rows = resultRows(page, 1);
        assertThat(String.join("\n", rows)).contains("big-in-browser.txt", "文件太大", "10 MB");

        // a client that sends it anyway: refused by the server, still a row
        page.evaluate("() => { const u = document.querySelector('vaadin-upload'); u.maxFileSize = Infinity; }");
        upload(page, new FilePayload("big-sent.txt", "text/plain", big));
        rows = resultRows(page, 2);
        assertThat(String.join("\n", rows)).contains("10 MB 上限");

        // 600 characters reach the page (Tomcat's part-header limit raised) and are refused by it, with the name
        String longName = "山".repeat(600) + ".txt";
        upload(page, new FilePayload(longName, "text/plain", "x".getBytes(StandardCharsets.UTF_8)));
        rows = resultRows(page, 3);
        assertThat(String.join("\n", rows)).contains("文件名过长（604 个字符");

        // a name beyond even Tomcat's raised part-header limit (8 KB), posted as a client would to the page's upload
        // target: the server answers 413 and the page still gets a row
        String target = (String) page.evaluate("() => document.querySelector('vaadin-upload').target");
        com.microsoft.playwright.APIResponse refused = page.request().post(URI.create(app.url("")).resolve(target).toString(),
                com.microsoft.playwright.options.RequestOptions.create().setMultipart(com.microsoft.playwright.options.FormData.create()
                        .set("file", new FilePayload("名".repeat(4000) + ".txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8)))));
        assertThat(refused.status()).isEqualTo(413);
        page.evaluate("() => document.querySelector('vaadin-upload').dispatchEvent(new CustomEvent('upload-response'))");
        rows = resultRows(page, 4);
        assertThat(String.join("\n", rows)).contains("文件名过长（不能超过 255 个字符）");
        assertThat(page.locator("#import-summary").textContent()).contains("失败 4");
        page.screenshot(new Page.ScreenshotOptions().setPath(OUT.resolve("hardening-refused-uploads.png")));

        page.navigate(app.url("admin/audit"));
        page.waitForFunction("() => document.querySelector('#audit-entries') && document.querySelector('#audit-entries').innerText.includes('big-in-browser.txt')");
        // the file the server refused unread is audited under the page's placeholder name, with the reason
        assertThat(page.locator("#audit-entries").innerText()).contains("big-in-browser.txt", "文件超过 10 MB 上限", "导入失败");
        assertThat(csp).isEmpty();
        page.context().close();
    }

    // ---- plain HTTP ----

    private static HttpClient client(CookieManager cookies) {
        return HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(app.url(path))).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String page) {
        Matcher m = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("the login page carries a CSRF token").isTrue();
        return m.group(1);
    }

    private static HttpResponse<String> postLogin(HttpClient client, String user, String password, String token) throws Exception {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + (token == null ? "" : "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create(app.url("login")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(3)
    void theLoginNeedsThePageSCsrfTokenAndNoUrlCarriesTheSessionId() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient client = client(cookies);
        HttpResponse<String> root = get(client, "");
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location").orElse("")).endsWith("/login").doesNotContainIgnoringCase("jsessionid");

        String token = csrf(get(client, "login").body());
        HttpResponse<String> without = postLogin(client, "leader", "leader-demo", null);
        assertThat(without.statusCode()).as("login without the token").isEqualTo(403);
        assertThat(get(client, "").statusCode()).as("still anonymous").isEqualTo(302);

        HttpResponse<String> with = postLogin(client, "leader", "leader-demo", token);
        assertThat(with.statusCode()).isEqualTo(302);
        assertThat(with.headers().firstValue("Location").orElse("")).doesNotContain("login").doesNotContainIgnoringCase("jsessionid");

        HttpResponse<String> home = get(client, "");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    @Order(4)
    void aRefusedPageAnswers403AndAnUnknownOne404() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient client = client(cookies);
        String token = csrf(get(client, "login").body());
        assertThat(postLogin(client, "leader", "leader-demo", token).statusCode()).isEqualTo(302);

        assertThat(get(client, "").statusCode()).isEqualTo(200);
        assertThat(get(client, "sangong").statusCode()).isEqualTo(200);
        assertThat(get(client, "department/1").statusCode()).isEqualTo(200);
        assertThat(get(client, "import").statusCode()).as("a leader on the import page").isEqualTo(403);
        assertThat(get(client, "admin/users").statusCode()).isEqualTo(403);
        assertThat(get(client, "no-such-page").statusCode()).isEqualTo(404);
        HttpResponse<String> refused = get(client, "admin/audit");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Security-Policy").orElse("")).contains("frame-ancestors 'none'");
    }

    @Test
    @Order(5)
    void theFaviconIsServedToEveryone() throws Exception {
        HttpResponse<byte[]> icon = client(new CookieManager()).send(
                HttpRequest.newBuilder(URI.create(app.url("favicon.ico"))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.body()).startsWith(0, 0, 1, 0); // an ICO header
    }

    @Test
    @Order(6)
    void tomcatsOwnBadRequestPageCarriesTheSecurityHeaders() throws Exception {
        URI base = URI.create(app.url(""));
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write("GET /%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400");
            String headers = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);
            assertThat(headers).contains("content-security-policy: default-src 'self'", "x-content-type-options: nosniff",
                    "x-frame-options: deny", "referrer-policy: same-origin");
            assertThat(answer).doesNotContain("Apache Tomcat/");
        }
    }
}
