package cn.districtbudget.ui.importing;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Runs uploaded files' imports off the request thread, one at a time (imports are per-file transactions). */
@Component
public class ImportRunner {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "disclosure-import");
        thread.setDaemon(true);
        return thread;
    });

    public void submit(Runnable task) {
        executor.execute(task);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
