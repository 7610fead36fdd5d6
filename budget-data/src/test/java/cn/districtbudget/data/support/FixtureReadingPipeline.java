package cn.districtbudget.data.support;

import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.finding.Section;
import cn.districtbudget.core.finding.Severity;
import cn.districtbudget.data.importing.ReadingPipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A reading pipeline for storage tests: texts registered with {@link #register} read as the given disclosure;
 * any other text fails as a real reader would on garbage. The check adds one INFO finding when a prior year exists.
 */
public class FixtureReadingPipeline implements ReadingPipeline {

    private final Map<String, Read> texts = new ConcurrentHashMap<>();
    private final Map<String, RuntimeException> failures = new ConcurrentHashMap<>();

    /** Reading {@code text} throws {@code failure} (as a reader bug or an absurd figure would). */
    public void registerFailure(String text, RuntimeException failure) {
        failures.put(text, failure);
    }

    public void register(String text, Disclosure disclosure, List<Finding> findings) {
        texts.put(text, new Read(disclosure, findings));
    }

    @Override
    public String readText(Path file) throws IOException {
        return Files.readString(file);
    }

    @Override
    public String readText(String fileName, byte[] content) {
        return new String(content, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public Read read(String text) {
        RuntimeException failure = failures.get(text);
        if (failure != null) {
            throw failure;
        }
        Read read = texts.get(text);
        if (read == null) {
            throw new IllegalArgumentException("不是公开说明");
        }
        return read;
    }

    @Override
    public List<Finding> check(Disclosure disclosure, Disclosure priorYear) {
        return priorYear == null ? List.of()
                : List.of(new Finding("FIXTURE-PRIOR", Severity.INFO, Section.DOCUMENT,
                        "上年度 " + priorYear.year() + " 已存"));
    }
}
