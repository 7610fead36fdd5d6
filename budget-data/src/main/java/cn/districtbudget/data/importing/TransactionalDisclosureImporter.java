package cn.districtbudget.data.importing;

import cn.districtbudget.data.audit.AuditLog;
import cn.districtbudget.data.store.DisclosureStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The importer: a {@link DocumentSource} read outside any transaction ({@link SourceReading}), then checked and
 * stored in one transaction ({@link OneFileImport}); batches threaded on a Spring task executor ({@link BatchImport}).
 * Every stored import, revision and failure is in the audit log with the importing user; a new revision replacing a
 * current one publishes {@link DisclosureRevised} inside the import's transaction.
 */
@Service
public class TransactionalDisclosureImporter implements DisclosureImporter {

    private final SourceReading reading;
    private final OneFileImport storing;
    private final BatchImport batches;

    public TransactionalDisclosureImporter(ReadingPipeline pipeline, DisclosureStore store,
                                           PlatformTransactionManager transactionManager, AuditLog audit,
                                           ApplicationEventPublisher events, Clock clock, ImportThreads threads) {
        this.reading = new SourceReading(pipeline);
        this.storing = new OneFileImport(pipeline, store, transactionManager, audit, events, clock);
        this.batches = new BatchImport(threads.executor());
    }

    @Override
    public ImportOutcome importSet(List<DocumentSource> sources, String user, ImportOptions options) {
        ImportOptions given = options == null ? ImportOptions.PLAIN : options;
        return storing.store(reading.read(sources, given), user, given.conflict());
    }

    @Override
    public BatchOutcome importAll(List<DocumentSource> sources, String user, ImportOptions options,
                                  ProgressListener progress) {
        ImportOptions given = options == null ? ImportOptions.PLAIN : options;
        return batches.run(sources, source -> reading.read(List.of(source), given),
                prepared -> storing.store(prepared, user, ConflictChoice.REFUSE), progress);
    }

    @Override
    public BatchOutcome importDirectory(Path directory, String user, ImportOptions options,
                                        ProgressListener progress) {
        try (Stream<Path> entries = Files.list(directory)) {
            List<DocumentSource> files = entries.filter(Files::isRegularFile)
                    .filter(p -> DocumentSource.importable(p.getFileName().toString()))
                    .sorted()
                    .map(DocumentSource::file)
                    .toList();
            return importAll(files, user, options, progress);
        } catch (IOException e) {
            return new BatchOutcome(List.of(ImportOutcome.failed(directory.toString(),
                    ImportFailure.DIRECTORY_UNREADABLE, SourceReading.describe(e))));
        }
    }
}
