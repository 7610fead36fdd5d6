package cn.districtbudget.data.demo;

import cn.districtbudget.data.importing.BatchOutcome;
import cn.districtbudget.data.importing.DisclosureImporter;
import cn.districtbudget.data.importing.ImportFailure;
import cn.districtbudget.data.importing.ImportOutcome;
import cn.districtbudget.data.importing.ImportStatus;
import cn.districtbudget.data.importing.NamedText;
import cn.districtbudget.data.performance.DemoResults;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On a start with an empty database, imports the real sample and the synthetic 示例区 (示例数据) through the real
 * reader. {@code budget.demo.enabled=false} turns it off.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "budget.demo.enabled", havingValue = "true", matchIfMissing = true)
public class DemoDataLoader implements ApplicationRunner {

    public static final String SAMPLE_RESOURCE = "/samples/shanhaiguan-kexie-2019-budget.txt";
    static final String USER = "示例数据导入";
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DisclosureImporter importer;
    private final JdbcClient jdbc;
    private final DemoResults results;

    public DemoDataLoader(DisclosureImporter importer, JdbcClient jdbc) {
        this(importer, jdbc, null);
    }

    /** With {@code results}, the demo district also gets plausible 绩效自评 results (heatmap colour). */
    @Autowired
    public DemoDataLoader(DisclosureImporter importer, JdbcClient jdbc, DemoResults results) {
        this.importer = importer;
        this.jdbc = jdbc;
        this.results = results;
    }

    /**
     * On an empty database imports the demo; when an earlier first start was interrupted (some demo documents
     * stored, fewer than all of them) imports the rest (those stored are unchanged). Each document is its own
     * transaction, so an interruption leaves whole documents only; a later start completes the demo.
     */
    @Override
    public void run(ApplicationArguments args) {
        Long stored = jdbc.sql("select count(*) from disclosure").query(Long.class).single();
        String reason = "Empty database";
        if (stored > 0) {
            Long demo = jdbc.sql("select count(*) from disclosure where imported_by = ?").param(USER)
                    .query(Long.class).single();
            if (demo == 0 || demo >= expectedDocuments()) {
                return;
            }
            reason = "Interrupted demo import (" + demo + " of " + expectedDocuments() + " documents)";
        }
        long start = System.nanoTime();
        BatchOutcome outcome = loadDemo();
        LOG.info(reason + ": imported the sample and the demo district ({}): {} stored, {} failed in {} ms",
                DemoDistrictGenerator.DEMO_LABEL, outcome.count(ImportStatus.STORED),
                outcome.count(ImportStatus.FAILED), (System.nanoTime() - start) / 1_000_000);
    }

    /** Imports the sample and the demo district, whatever is stored already. */
    public BatchOutcome loadDemo() {
        List<ImportOutcome> outcomes = new ArrayList<>();
        outcomes.add(importSample());
        List<NamedText> texts = new DemoDistrictGenerator().documents(DemoDistrictGenerator.DistrictSpec.demo())
                .stream().map(d -> new NamedText(d.fileName(), d.text())).toList();
        importer.importTexts(texts, USER, (done, total, outcome) -> {
            if (outcome.failed()) {
                LOG.warn("Demo document {} not imported: {}", outcome.fileName(), outcome.reason());
            }
            outcomes.add(outcome);
        });
        if (results != null) {
            LOG.info("Demo results (绩效自评) written: {}", results.generate());
        }
        return new BatchOutcome(outcomes);
    }

    /** The sample and every document of the demo district. */
    static int expectedDocuments() {
        return 1 + new DemoDistrictGenerator().documents(DemoDistrictGenerator.DistrictSpec.demo()).size();
    }

    private ImportOutcome importSample() {
        try (InputStream in = DemoDataLoader.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                return ImportOutcome.failed(SAMPLE_RESOURCE, ImportFailure.FILE_ERROR, "缺少样例文件");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return importer.importText("shanhaiguan-kexie-2019-budget.txt", text, USER);
        } catch (IOException e) {
            return ImportOutcome.failed(SAMPLE_RESOURCE, ImportFailure.FILE_ERROR, e.getMessage());
        }
    }
}
