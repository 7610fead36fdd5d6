package cn.districtbudget.data.importing;

import cn.districtbudget.core.disclosure.DepartmentKey;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.springframework.core.task.TaskExecutor;

/**
 * The threading of a batch on a Spring {@link TaskExecutor}: documents are read and parsed ahead (up to
 * {@link #WINDOW} at once) and stored in {@link SourceReading#THREADS} lanes, one after the other within a lane. Every
 * document of a department (by {@link DepartmentKey}'s normalised name) goes to the same lane in input order, so a
 * series is stored year after year (each checked against its prior year) and later revisions stay later. Outcomes are
 * reported in input order.
 */
final class BatchImport {

    private static final int WINDOW = 32;

    private final TaskExecutor executor;

    BatchImport(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Reads every item with {@code read} and stores what was read with {@code store}. */
    <T> BatchOutcome run(List<T> items, Function<T, PreparedDocument> read,
                         Function<PreparedDocument, ImportOutcome> store, ProgressListener progress) {
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        List<ImportOutcome> outcomes = new ArrayList<>(items.size());
        CompletableFuture<?>[] lanes = new CompletableFuture<?>[SourceReading.THREADS];
        Arrays.fill(lanes, CompletableFuture.completedFuture(null));
        Deque<CompletableFuture<PreparedDocument>> reading = new ArrayDeque<>();
        Deque<CompletableFuture<ImportOutcome>> storing = new ArrayDeque<>();
        try {
            int next = 0;
            while (outcomes.size() < items.size()) {
                while (next < items.size() && reading.size() < WINDOW) {
                    T item = items.get(next++);
                    reading.add(CompletableFuture.supplyAsync(() -> read.apply(item), executor));
                }
                if (!reading.isEmpty() && storing.size() < WINDOW) {
                    PreparedDocument prepared = await(reading.poll());
                    int lane = laneOf(prepared);
                    // after the lane's previous store, whatever its end
                    CompletableFuture<ImportOutcome> stored = lanes[lane].handle((done, failure) -> prepared)
                            .thenApplyAsync(store, executor);
                    lanes[lane] = stored;
                    storing.add(stored);
                }
                while (!storing.isEmpty() && (storing.peek().isDone() || storing.size() >= WINDOW
                        || reading.isEmpty())) {
                    ImportOutcome outcome = await(storing.poll());
                    outcomes.add(outcome);
                    listener.fileDone(outcomes.size(), items.size(), outcome);
                }
            }
        } finally {
            reading.forEach(f -> f.cancel(true));
            storing.forEach(f -> f.cancel(true));
        }
        return new BatchOutcome(outcomes);
    }

    /** The lane of a document: its department's normalised name (failed and nameless documents share lane 0). */
    private static int laneOf(PreparedDocument prepared) {
        if (prepared.failed() || prepared.read().disclosure().department().name() == null) {
            return 0;
        }
        String name = DepartmentKey.of(prepared.read().disclosure().department()).name();
        return Math.floorMod(name.hashCode(), SourceReading.THREADS);
    }

    private static <V> V await(CompletableFuture<V> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("导入被中断", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
