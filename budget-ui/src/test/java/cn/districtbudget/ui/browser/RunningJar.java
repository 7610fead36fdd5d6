package cn.districtbudget.ui.browser;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged production jar, started as its own process on a free port, with a fresh data directory (its
 * working directory) and the demo data on. {@link #close()} stops it.
 */
final class RunningJar implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;
    private final Duration startup;

    private RunningJar(Process process, int port, Path log, Duration startup) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.startup = startup;
    }

    static RunningJar start(Path jar, Path workDir, Duration timeout) throws IOException, InterruptedException {
        int port = freePort();
        Path log = workDir.resolve("app.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--budget.demo.enabled=true",
                "--budget.data-dir=" + workDir.resolve("data").toAbsolutePath(),
                "--spring.datasource.url=jdbc:h2:file:" + workDir.resolve("data").resolve("budget").toAbsolutePath()));
        Instant started = Instant.now();
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        RunningJar jarProcess = null;
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = started.plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the jar exited with " + process.exitValue() + " before serving:\n" + tail(log));
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200 && ready(log)) {
                    jarProcess = new RunningJar(process, port, log, Duration.between(started, Instant.now()));
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        if (jarProcess == null) {
            process.destroyForcibly();
            throw new IllegalStateException("the jar did not serve within " + timeout + ":\n" + tail(log));
        }
        return jarProcess;
    }

    /** Serving, and the demo data (imported after start on an empty database) is in: the loader has logged. */
    private static boolean ready(Path log) {
        try {
            return Files.readString(log).contains("DemoDataLoader");
        } catch (IOException e) {
            return false;
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + "/" + path;
    }

    Duration startup() {
        return startup;
    }

    String logTail() {
        return tail(log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
