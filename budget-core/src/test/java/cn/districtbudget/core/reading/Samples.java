package cn.districtbudget.core.reading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The project's copy of the real sample disclosure, as test input. */
public final class Samples {

    public static final String SHANHAIGUAN = "/samples/shanhaiguan-kexie-2019-budget.txt";

    private Samples() {
    }

    public static String text(String resource) {
        try (InputStream in = Samples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String shanhaiguan() {
        return text(SHANHAIGUAN);
    }

    /** The sample and every corpus entry's source.txt (in entry order), as published (not normalised). */
    public static java.util.List<String> realTexts() {
        java.util.List<String> texts = new java.util.ArrayList<>();
        texts.add(shanhaiguan());
        try (java.util.stream.Stream<java.nio.file.Path> entries = java.nio.file.Files.list(
                java.nio.file.Path.of(Samples.class.getResource("/corpus").toURI()))) {
            for (java.nio.file.Path entry : entries.filter(java.nio.file.Files::isDirectory).sorted().toList()) {
                texts.add(java.nio.file.Files.readString(entry.resolve("source.txt"),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (java.io.IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException("corpus not readable", e);
        }
        return texts;
    }
}
