package cn.districtbudget.data.importing;

import cn.districtbudget.data.audit.AuditLog;
import cn.districtbudget.data.store.DisclosureStore;
import java.time.Clock;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Importers for tests and tools, built as Spring builds the bean (its one constructor) from a context's store,
 * transactions, audit log, event publisher and clock, with the reading pipeline the test wants.
 */
public final class TestImporters {

    /** One set of import threads for every importer a test JVM builds (daemon threads, idle ones time out). */
    private static final ImportThreads THREADS = new ImportThreads();

    private TestImporters() {
    }

    /** An importer reading with budget-core's real reader and checker ({@link CoreReadingPipeline}). */
    public static DisclosureImporter real(ApplicationContext context) {
        return with(new CoreReadingPipeline(), context);
    }

    /** An importer reading with {@code pipeline}. */
    public static DisclosureImporter with(ReadingPipeline pipeline, ApplicationContext context) {
        return new TransactionalDisclosureImporter(pipeline, context.getBean(DisclosureStore.class),
                context.getBean(PlatformTransactionManager.class), context.getBean(AuditLog.class), context,
                context.getBean(Clock.class), THREADS);
    }
}
