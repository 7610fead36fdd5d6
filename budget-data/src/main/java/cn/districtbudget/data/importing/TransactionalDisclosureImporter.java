package cn.districtbudget.data.importing;

import cn.districtbudget.core.disclosure.DepartmentKey;
import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.data.audit.AuditAction;
import cn.districtbudget.data.audit.AuditLog;
import cn.districtbudget.data.store.DisclosureStore;
import cn.districtbudget.data.store.StoredDisclosure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads the text outside, then checks and stores it inside one transaction per file. */
@Service
public class TransactionalDisclosureImporter implements DisclosureImporter {

    /** Threads that read and parse during a batch, and threads that store (each). */
    static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private static final int WINDOW = 32;
    private static final String CREATION_RACE = "同时新建了同一地区或部门，请重试";
    private static final String UNSUPPORTED = "不支持的文件类型：仅支持 .txt 和 .docx";
    private static final Logger LOG = LoggerFactory.getLogger(TransactionalDisclosureImporter.class);

    private final ReadingPipeline pipeline;
    private final DisclosureStore store;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final RecentDisclosures recent = new RecentDisclosures(4_096);
    /**
     * Files read (POI models built) at once by this importer, whoever asks: batches, uploads and command-line files
     * together. Fair, so files are read in the order they came and one large file cannot starve the others.
     */
    private final Semaphore reading = new Semaphore(THREADS, true);
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    /** Without an audit log or events (tests and tools that construct an importer by hand). */
    public TransactionalDisclosureImporter(ReadingPipeline pipeline, DisclosureStore store,
                                           PlatformTransactionManager transactionManager) {
        this(pipeline, store, transactionManager, null, null);
    }

    /**
     * Records every stored import, revision and failure in {@code audit} with the importing user, and publishes a
     * {@link DisclosureRevised} event inside the import's transaction when a new revision replaces a current one.
     */
    @Autowired
    public TransactionalDisclosureImporter(ReadingPipeline pipeline, DisclosureStore store,
                                           PlatformTransactionManager transactionManager, AuditLog audit,
                                           ApplicationEventPublisher events) {
        this.pipeline = pipeline;
        this.store = store;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = Clock.systemUTC();
        this.audit = audit;
        this.events = events;
    }

    /** A text read (outside any transaction) and ready to store, or the reason it cannot be. */
    private record Prepared(String fileName, String text, String sha256, ReadingPipeline.Read read, String failure) {
    }

    @Override
    public ImportOutcome importText(String fileName, String text, String user) {
        return importText(fileName, text, user, ConflictChoice.REFUSE);
    }

    @Override
    public ImportOutcome importText(String fileName, String text, String user, ImportOptions options) {
        ImportOptions given = options == null ? ImportOptions.PLAIN : options;
        return store(prepare(fileName, text, given), user, given.conflict());
    }

    @Override
    public BatchOutcome importTexts(List<NamedText> texts, String user, ProgressListener progress) {
        return importInParallel(texts, t -> prepare(t.fileName(), t.text(), ImportOptions.PLAIN), user, progress);
    }

    /**
     * Reads and parses on {@link #THREADS} threads and stores on as many, one transaction per file. Every file of a
     * department goes to the same storing thread in input order, so a series is stored year after year (each checked
     * against its prior year) and later revisions stay later. Outcomes are reported in input order.
     */
    private <T> BatchOutcome importInParallel(List<T> items, Function<T, Prepared> prepare, String user,
                                             ProgressListener progress) {
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        List<ImportOutcome> outcomes = new ArrayList<>(items.size());
        ExecutorService readers = Executors.newFixedThreadPool(THREADS, daemon("disclosure-reader"));
        List<ExecutorService> writers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            writers.add(Executors.newSingleThreadExecutor(daemon("disclosure-writer-" + i)));
        }
        try {
            Deque<Future<Prepared>> reading = new ArrayDeque<>();
            Deque<Future<ImportOutcome>> storing = new ArrayDeque<>();
            int next = 0;
            while (outcomes.size() < items.size()) {
                while (next < items.size() && reading.size() < WINDOW) {
                    T item = items.get(next++);
                    reading.add(readers.submit(() -> prepare.apply(item)));
                }
                if (!reading.isEmpty() && storing.size() < WINDOW) {
                    Prepared prepared = await(reading.poll());
                    storing.add(writers.get(writerOf(prepared)).submit(() -> store(prepared, user)));
                }
                while (!storing.isEmpty() && (storing.peek().isDone() || storing.size() >= WINDOW
                        || reading.isEmpty())) {
                    ImportOutcome outcome = await(storing.poll());
                    outcomes.add(outcome);
                    listener.fileDone(outcomes.size(), items.size(), outcome);
                }
            }
        } finally {
            readers.shutdownNow();
            writers.forEach(ExecutorService::shutdownNow);
        }
        return new BatchOutcome(outcomes);
    }

    private static int writerOf(Prepared prepared) {
        if (prepared.failure() != null || prepared.read().disclosure().department().name() == null) {
            return 0;
        }
        // the store's key: files of one department (however its name is spaced or written) share a writer
        String name = DepartmentKey.normalise(prepared.read().disclosure().department().name());
        return Math.floorMod(name.hashCode(), THREADS);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static <V> V await(Future<V> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("导入被中断", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private Prepared prepare(String fileName, String text, ImportOptions options) {
        try {
            if (text == null || text.isBlank()) {
                throw new ImportRejected("文件为空");
            }
            ReadingPipeline.Read read = pipeline.read(text, options.hintsFor(fileName));
            validate(read.disclosure());
            return new Prepared(fileName, text, sha256(normalise(text)), read, null);
        } catch (ImportRejected e) {
            return new Prepared(fileName, text, null, null, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Reading {} failed: {}: {}", fileName, e.getClass().getName(), abbreviate(describe(e)));
            LOG.debug("Reading {} failed", fileName, e);
            return new Prepared(fileName, text, null, null, "读取时出错：" + describe(e));
        }
    }

    private ImportOutcome store(Prepared prepared, String user) {
        return store(prepared, user, ConflictChoice.REFUSE);
    }

    private ImportOutcome store(Prepared prepared, String user, ConflictChoice choice) {
        ImportOutcome outcome = storeOrFail(prepared, user, choice);
        // another thread created the same region or department first: its row is visible to the next attempt
        for (int attempt = 0; attempt < 3 && outcome.failed() && CREATION_RACE.equals(outcome.reason()); attempt++) {
            outcome = storeOrFail(prepared, user, choice);
        }
        if (outcome.failed()) {
            audit(user, outcome);
        }
        return outcome;
    }

    /**
     * A disclosure is never stored without its department and year: when the text and the caller's hints state
     * neither, the outcome says which is missing, with what was read, so the user can give them.
     */
    private static ImportOutcome identityMissing(String fileName, Disclosure disclosure) {
        java.util.EnumSet<IdentityPart> missing = java.util.EnumSet.noneOf(IdentityPart.class);
        String name = disclosure.department().name();
        if (name == null || name.isBlank()) {
            missing.add(IdentityPart.DEPARTMENT);
        }
        if (disclosure.year() == Disclosure.YEAR_NOT_STATED) {
            missing.add(IdentityPart.YEAR);
        }
        if (missing.isEmpty()) {
            return null;
        }
        return ImportOutcome.needsIdentity(fileName, missing, name == null || name.isBlank() ? null : name,
                disclosure.year() == Disclosure.YEAR_NOT_STATED ? null : disclosure.year(), disclosure.kind());
    }

    private ImportOutcome storeOrFail(Prepared prepared, String user, ConflictChoice choice) {
        String fileName = prepared.fileName();
        if (prepared.failure() != null) {
            return ImportOutcome.failed(fileName, prepared.failure());
        }
        Disclosure disclosure = prepared.read().disclosure();
        ImportOutcome incomplete = identityMissing(fileName, disclosure);
        if (incomplete != null) {
            return incomplete;
        }
        long[] storedDepartment = new long[1];
        try {
            ImportOutcome outcome = transaction.execute(status -> {
                // unchanged only when the current revision has this text (normalised; or raw, as stored before V6);
                // an earlier revision's text imported again becomes current again as a new revision
                var existing = store.findCurrentBySha256(prepared.sha256())
                        .or(() -> store.findCurrentBySha256(sha256(prepared.text())));
                if (existing.isPresent()) {
                    return outcome(fileName, ImportStatus.UNCHANGED, existing.get());
                }
                Integer statedPriorYear = disclosure.priorYearChange().priorYear();
                int priorYear = statedPriorYear != null ? statedPriorYear : disclosure.year() - 1;
                DisclosureStore.Match match = store.match(disclosure.department());
                if (match.conflict() != null && choice == ConflictChoice.DEPARTMENT_OF_NAME) {
                    match = new DisclosureStore.Match(match.region(),
                            new DisclosureStore.DepartmentEntityRef(match.conflict().byNameId()), null);
                } else if (match.conflict() != null && choice == ConflictChoice.DEPARTMENT_OF_CODE) {
                    match = new DisclosureStore.Match(match.region(), match.department(), null);
                }
                if (match.conflict() != null) {
                    var c = match.conflict();
                    return ImportOutcome.conflict(fileName, "编码 " + c.code() + " 属于已存部门“" + c.byCodeName()
                                    + "”，而名称“" + disclosure.department().name() + "”是另一个已存部门“" + c.byNameName()
                                    + "”；未导入。请核对文件中的部门编码和名称",
                            new ImportConflict(c.code(), c.byCodeId(), c.byCodeName(), c.byNameId(), c.byNameName()),
                            disclosure.year(), disclosure.kind());
                }
                Disclosure prior = match.department() == null ? null
                        : recent.get(match.department().id(), priorYear, disclosure.kind());
                if (prior == null) {
                    prior = store.findCurrent(match, priorYear, disclosure.kind()).orElse(null);
                }
                List<Finding> findings = new ArrayList<>(prepared.read().findings());
                findings.addAll(pipeline.check(disclosure, prior));
                StoredDisclosure stored = store.store(fileName, prepared.text(), prepared.sha256(), disclosure,
                        findings, user == null || user.isBlank() ? "未知用户" : user, clock.instant(), match);
                storedDepartment[0] = stored.departmentId();
                ImportOutcome done = outcome(fileName,
                        stored.revision() == 1 ? ImportStatus.STORED : ImportStatus.NEW_REVISION, stored);
                audit(user, done); // in the import's transaction: no stored import without its audit entry
                if (done.status() == ImportStatus.NEW_REVISION && events != null) {
                    events.publishEvent(new DisclosureRevised(stored.departmentId(), disclosure.year(),
                            disclosure.kind()));
                }
                return done;
            });
            if (outcome != null && !outcome.failed() && outcome.status() != ImportStatus.UNCHANGED) {
                recent.put(storedDepartment[0], disclosure);
            }
            return outcome;
        } catch (ImportRejected e) {
            return ImportOutcome.failed(fileName, e.getMessage());
        } catch (DataIntegrityViolationException e) {
            String cause = rootMessage(e);
            String lower = cause.toLowerCase(Locale.ROOT);
            if (lower.contains("uk_region_key") || lower.contains("uk_department_name")) {
                LOG.debug("Import of {} raced another thread creating its region or department", fileName);
                return ImportOutcome.failed(fileName, CREATION_RACE);
            }
            LOG.warn("Import of {} not stored: {}", fileName, cause);
            if (lower.contains("uk_")) {
                return ImportOutcome.failed(fileName, "与已存数据冲突（可能同时导入了同一文件），请重试");
            }
            return ImportOutcome.failed(fileName, "保存失败，数据不符合存储要求：" + abbreviate(cause));
        } catch (RuntimeException e) {
            LOG.warn("Import of {} failed: {}: {}", fileName, e.getClass().getName(), abbreviate(describe(e)));
            LOG.debug("Import of {} failed", fileName, e);
            return ImportOutcome.failed(fileName, "保存时出错：" + describe(e));
        }
    }

    @Override
    public ImportOutcome importFile(Path file, String user) {
        String fileName = file.getFileName().toString();
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".txt") && !lower.endsWith(".docx")) {
            return audit(user, ImportOutcome.failed(fileName, UNSUPPORTED));
        }
        String text;
        try {
            text = readBounded(() -> pipeline.readText(file));
        } catch (ImportRejected e) {
            return audit(user, ImportOutcome.failed(fileName, e.getMessage()));
        } catch (IOException | RuntimeException e) {
            return audit(user, ImportOutcome.failed(fileName, "无法读取文件：" + describe(e)));
        }
        return importText(fileName, text, user);
    }

    @Override
    public ImportOutcome importBytes(String fileName, byte[] content, String user) {
        return importBytes(fileName, content, user, ImportOptions.PLAIN);
    }

    @Override
    public ImportOutcome importBytes(String fileName, byte[] content, String user, ImportOptions options) {
        String text;
        try {
            text = readBounded(() -> pipeline.readText(fileName, content));
        } catch (ImportRejected e) {
            return audit(user, ImportOutcome.failed(fileName, e.getMessage()));
        } catch (IOException | RuntimeException e) {
            return audit(user, ImportOutcome.failed(fileName, "无法读取文件：" + describe(e)));
        }
        return importText(fileName, text, user, options);
    }

    @Override
    public BatchOutcome importAll(List<Path> files, String user, ProgressListener progress) {
        return importAll(files, user, ImportOptions.PLAIN, progress);
    }

    @Override
    public BatchOutcome importAll(List<Path> files, String user, ImportOptions options, ProgressListener progress) {
        ImportOptions given = options == null ? ImportOptions.PLAIN : options;
        return importInParallel(files, file -> prepareFile(file, given), user, progress);
    }

    private Prepared prepareFile(Path file, ImportOptions options) {
        String fileName = file.getFileName().toString();
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".txt") && !lower.endsWith(".docx")) {
            return new Prepared(fileName, null, null, null, UNSUPPORTED);
        }
        try {
            return prepare(fileName, readBounded(() -> pipeline.readText(file)), options);
        } catch (ImportRejected e) {
            return new Prepared(fileName, null, null, null, e.getMessage());
        } catch (IOException | RuntimeException e) {
            return new Prepared(fileName, null, null, null, "无法读取文件：" + describe(e));
        }
    }

    private interface FileRead {
        String read() throws IOException;
    }

    /** Reads a file while holding one of the {@link #THREADS} reading permits. */
    private String readBounded(FileRead read) throws IOException {
        try {
            reading.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportRejected("导入被中断");
        }
        try {
            return read.read();
        } finally {
            reading.release();
        }
    }

    @Override
    public BatchOutcome importDirectory(Path directory, String user, ProgressListener progress) {
        return importDirectory(directory, user, ImportOptions.PLAIN, progress);
    }

    @Override
    public BatchOutcome importDirectory(Path directory, String user, ImportOptions options,
                                        ProgressListener progress) {
        try (Stream<Path> entries = Files.list(directory)) {
            List<Path> files = entries.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return n.endsWith(".txt") || n.endsWith(".docx");
                    })
                    .sorted()
                    .toList();
            return importAll(files, user, options, progress);
        } catch (IOException e) {
            return new BatchOutcome(List.of(ImportOutcome.failed(directory.toString(), "无法读取目录：" + describe(e))));
        }
    }

    /** The audit entry of one import: IMPORT, REVISION or IMPORT_FAILED (an unchanged text changes nothing). */
    private ImportOutcome audit(String user, ImportOutcome outcome) {
        if (audit == null || outcome.status() == ImportStatus.UNCHANGED) {
            return outcome;
        }
        if (outcome.failed()) {
            audit.record(user, AuditAction.IMPORT_FAILED, outcome.fileName(), outcome.reason());
        } else {
            audit.record(user, outcome.status() == ImportStatus.STORED ? AuditAction.IMPORT : AuditAction.REVISION,
                    outcome.departmentName() + " " + outcome.year() + "年" + outcome.kind().label()
                            + "（第" + outcome.revision() + "版）",
                    "文件：" + outcome.fileName() + "；" + outcome.findingCount() + " 个发现，其中 "
                            + outcome.errorCount() + " 个错误；记录号 " + outcome.disclosureId());
        }
        return outcome;
    }

    private static void validate(Disclosure disclosure) {
        if (disclosure == null) {
            throw new ImportRejected("未能识别为部门预算或决算公开说明");
        }
        if (disclosure.year() != Disclosure.YEAR_NOT_STATED && (disclosure.year() < 1990 || disclosure.year() > 2100)) {
            throw new ImportRejected("未能识别年度（读到 " + disclosure.year() + "）");
        }
    }

    private static ImportOutcome outcome(String fileName, ImportStatus status, StoredDisclosure s) {
        return new ImportOutcome(fileName, status, status.label(), s.disclosureId(), s.departmentId(),
                s.departmentName(), s.year(), s.kind(), s.revision(), s.totalExpenditure(), s.findingCount(),
                s.errorCount());
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    /**
     * The text as compared for "unchanged": without BOM, with LF line ends, without trailing white space on any line
     * and without trailing blank lines. A CRLF-only or trailing-space-only change is the same text.
     */
    static String normalise(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        t = t.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(t.length());
        for (String line : t.split("\n", -1)) {
            out.append(line.stripTrailing()).append('\n');
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        return out.substring(0, end);
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }
}
