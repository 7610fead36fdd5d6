package cn.districtbudget.ui.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Another JVM that opens an H2 file database and keeps it open (H2's own shell, waiting for input), as a running
 * server does: a second process can then not open it. (Within one JVM H2 would share the database instead.)
 */
public final class H2HeldOpen {

    private H2HeldOpen() {
    }

    /** Started and connected; destroy the process to let the database go. */
    public static Process start(Path database) throws Exception {
        String h2 = Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", h2, "org.h2.tools.Shell", "-url", "jdbc:h2:file:" + database.toAbsolutePath() + ";AUTO_SERVER=FALSE",
                "-user", "sa", "-password", "")
                .redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Boolean> connected = CompletableFuture.supplyAsync(() -> {
            try {
                int c;
                StringBuilder seen = new StringBuilder();
                while ((c = output.read()) >= 0) {
                    seen.append((char) c);
                    if (seen.indexOf("sql>") >= 0) {
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                return false;
            }
        });
        if (!connected.get(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("H2 shell did not connect to " + database);
        }
        return process;
    }
}
