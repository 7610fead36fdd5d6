package cn.districtbudget.data.importing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.finding.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Issue 10 item 2: however many uploads arrive at once, at most {@link SourceReading#THREADS}
 * files are read (their POI models built) at the same time, and every one of them is read in the end.
 */
@SpringBootTest
class BoundedReadingH2Test {

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void concurrentUploadsAreReadAtMostThreadsAtATime() throws Exception {
        AtomicInteger now = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger reads = new AtomicInteger();
        ReadingPipeline slow = new ReadingPipeline() {
            @Override
            public cn.districtbudget.core.assembly.SourceDocument readDocument(DocumentSource source) {
                int current = now.incrementAndGet();
                most.accumulateAndGet(current, Math::max);
                try {
                    Thread.sleep(40);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    now.decrementAndGet();
                    reads.incrementAndGet();
                }
                throw new ImportRejected(ImportFailure.UNREADABLE_FILE, "测试：读取后拒绝");
            }

            @Override
            public Read read(List<cn.districtbudget.core.assembly.SourceDocument> documents,
                             cn.districtbudget.core.reading.ReadingHints hints) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<Finding> check(Disclosure disclosure, Disclosure priorYear) {
                return List.of();
            }
        };
        DisclosureImporter importer = TestImporters.with(slow, context);
        ExecutorService uploads = Executors.newFixedThreadPool(12);
        try {
            List<Future<ImportOutcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String name = "upload-" + i + ".docx";
                outcomes.add(uploads.submit(() -> importer.importDocument(DocumentSource.bytes(name, new byte[] {1}), "张三")));
            }
            for (Future<ImportOutcome> outcome : outcomes) {
                assertThat(outcome.get().reason()).isEqualTo("测试：读取后拒绝");
            }
        } finally {
            uploads.shutdownNow();
        }
        assertThat(reads.get()).isEqualTo(24);
        assertThat(most.get()).isBetween(1, SourceReading.THREADS);
    }
}
