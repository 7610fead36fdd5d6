package cn.districtbudget.data.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts a main class of the test class path in its own JVM (own heap, killable), for tests of limits and crashes. */
public final class ForkedJvm {

    private ForkedJvm() {
    }

    public static ProcessBuilder command(String maxHeap, Class<?> main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + maxHeap);
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Dstdout.encoding=UTF-8");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    /** Exit code and everything printed. */
    public record Result(int exitCode, String output) {
    }

    public static Result run(String maxHeap, long timeoutSeconds, Class<?> main, String... args)
            throws IOException, InterruptedException {
        Process process = command(maxHeap, main, args).start();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                }
            } catch (IOException ignored) {
                // process gone
            }
        });
        reader.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            reader.join(5_000);
            throw new AssertionError("forked JVM did not finish in " + timeoutSeconds + " s; output:\n" + output);
        }
        reader.join(5_000);
        synchronized (output) {
            return new Result(process.exitValue(), output.toString());
        }
    }
}
