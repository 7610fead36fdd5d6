package cn.districtbudget.data.importing;

import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads batch imports run on: a Spring {@link ThreadPoolTaskExecutor} of {@code 2 ×}
 * {@link SourceReading#THREADS} daemon threads (as many reading as storing), named {@code disclosure-import-N}.
 * Deliberately not an {@code Executor} bean itself, so Spring Boot's own {@code applicationTaskExecutor} stays
 * configured as it is; closed with the context.
 */
public final class ImportThreads implements AutoCloseable {

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    public ImportThreads() {
        executor.setCorePoolSize(2 * SourceReading.THREADS);
        executor.setMaxPoolSize(2 * SourceReading.THREADS);
        executor.setThreadNamePrefix("disclosure-import-");
        executor.setDaemon(true);
        executor.setAllowCoreThreadTimeOut(true);
        executor.initialize();
    }

    TaskExecutor executor() {
        return executor;
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
