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
}
