package cn.districtbudget.ui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar started as a shared installation would be (demo off, empty H2 file database): it refuses every
 * request with the create-admin page; {@code java -jar budget-ui.jar create-admin NAME} with the password in
 * BUDGET_ADMIN_PASSWORD creates the ADMIN; started again, it serves the login page.
 */
class NonDemoStartIT {

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void refusesToServeUntilAnAdminIsCreatedFromTheCommandLine() throws Exception {
        Path jar = jar();
        int port = freePort();

        Process first = start(jar, port, dir.resolve("first.log"));
        try {
            HttpResponse<String> refused = awaitServing(first, port, dir.resolve("first.log"));
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.body()).contains("尚未创建管理员账户").contains("create-admin");
            assertThat(refused.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            HttpResponse<String> root = get(port, "/");
            assertThat(root.statusCode()).isEqualTo(503);
        } finally {
            stop(first);
        }

        ProcessBuilder command = new ProcessBuilder(java(), "-jar", jar.toString(), "create-admin", "chief",
                "--budget.data-dir=" + dir.resolve("data"))
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("create-admin.log").toFile());
        command.environment().put(CreateAdminCommand.PASSWORD_VARIABLE, "首任管理员的密码");
        Process createAdmin = command.start();
        assertThat(createAdmin.waitFor(3, TimeUnit.MINUTES)).isTrue();
        String output = Files.readString(dir.resolve("create-admin.log"), StandardCharsets.UTF_8);
        assertThat(createAdmin.exitValue()).as(output).isZero();
        assertThat(output).contains("已创建管理员 chief");

        Process second = start(jar, port, dir.resolve("second.log"));
        try {
            HttpResponse<String> login = awaitServing(second, port, dir.resolve("second.log"));
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.body()).doesNotContain("尚未创建管理员账户");
            HttpResponse<String> root = get(port, "/");
            assertThat(root.statusCode()).isEqualTo(302);
            assertThat(root.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        } finally {
            stop(second);
        }
    }

    private Process start(Path jar, int port, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m", "-jar", jar.toString(),
                "--server.port=" + port, "--budget.demo.enabled=false",
                "--budget.data-dir=" + dir.resolve("data")));
        return new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
    }

    /** The first answer of {@code /login} once the server listens. */
    private HttpResponse<String> awaitServing(Process process, int port, Path log) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                fail("the jar exited with " + process.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                return get(port, "/login");
            } catch (IOException notYet) {
                Thread.sleep(500);
            }
        }
        fail("the jar did not serve within 3 minutes:\n" + Files.readString(log));
        return null;
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static Path jar() {
        String property = System.getProperty("budget.jar");
        if (property == null || !Files.isRegularFile(Path.of(property))) {
            fail("budget.jar does not point at the packaged jar (" + property + "): run mvn verify");
        }
        return Path.of(property).toAbsolutePath();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
