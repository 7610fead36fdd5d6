package cn.districtbudget.ui.importing;

import cn.districtbudget.data.audit.AuditAction;
import cn.districtbudget.data.audit.AuditLog;
import cn.districtbudget.ui.security.CurrentUser;
import cn.districtbudget.ui.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import cn.districtbudget.data.importing.DisclosureImporter;
import cn.districtbudget.data.importing.DocumentSource;
import cn.districtbudget.data.importing.ImportFailure;
import cn.districtbudget.data.importing.ImportOutcome;
import cn.districtbudget.data.importing.ImportStatus;
import cn.districtbudget.ui.shell.Grids;
import cn.districtbudget.ui.shell.MainLayout;
import cn.districtbudget.ui.shell.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;

import cn.districtbudget.data.importing.ConflictChoice;
import cn.districtbudget.data.importing.ImportOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 导入公开说明: upload one or many .txt/.docx/.pdf/.xlsx/.xls files; each is read, checked and stored in the background
 * while a progress bar counts the files, and the grid shows per file what was read (key figures) and found, or why it
 * failed. With 合为一份公开 ticked, the files uploaded wait and 合并导入 imports them as one disclosure (one row).
 */
@Menu(title = "导入公开说明", order = 6, icon = "vaadin:upload")
@Route(value = Routes.IMPORT, layout = MainLayout.class)
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
@PageTitle("导入公开说明 · 部门预算公开看板")
public class ImportView extends Div {

    private final DisclosureImporter importer;
    private final ImportRunner runner;
    private final AuditLog audit;
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Span summary = new Span();
    private final Grid<ImportOutcome> results = new Grid<>();
    private final List<ImportOutcome> outcomes = new ArrayList<>();
    /** What each row needs to be imported again when the user answers its question, by row. */
    private final Map<Integer, Pending> pending = new HashMap<>();
    private final Div questions = new Div();
    private int received;
    private int done;

    public ImportView(DisclosureImporter importer, ImportRunner runner, AuditLog audit) {
        this.importer = importer;
        this.runner = runner;
        this.audit = audit;
        addClassName("view");
        setId("import");
        add(new H2("导入公开说明"));
        add(new Paragraph("支持部门预算 / 决算公开说明的 .txt（UTF-8 或 GB18030）、.docx、.pdf（须有文字层）、.xlsx 和 .xls "
                + "文件，可一次选择多个。同一文件重复导入不会重复保存；同一部门、年度的内容有变化时保存为新修订版，旧版本仍可查看。"));
        Paragraph limits = new Paragraph("每个文件不超过 " + UploadLimits.maxFileText() + "，文件名不超过 "
                + UploadLimits.MAX_FILE_NAME_CHARS + " 个字符，一次最多 " + UploadLimits.MAX_FILES + " 个文件。");
        limits.setId("upload-limits");
        add(limits);

        Upload upload = new Upload(new GuardedUploadHandler(
                UploadHandler.inMemory((metadata, bytes) -> received(metadata.fileName(), bytes)),
                reason -> refused(UNKNOWN_NAME, reason)));
        upload.setId("upload");
        upload.setAcceptedFileTypes(".txt", ".docx", ".pdf", ".xlsx", ".xls", "text/plain",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/pdf",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-excel");
        upload.setMaxFiles(UploadLimits.MAX_FILES);
        upload.setMaxFileSize(UploadLimits.MAX_FILE_BYTES);
        upload.setDropLabel(new Span("把文件拖到这里，或点击上传"));
        upload.setI18n(ChineseUpload.i18n());
        // a round trip after every file's answer, so a row recorded while the server refused the file shows at once
        upload.getElement().addEventListener("upload-response", e -> { });
        upload.addFileRejectedListener(e -> refused(e.getFileName(), "文件被拒绝：" + e.getErrorMessage()));
        add(upload);
        asOne.setId("import-as-one");
        importSet.setId("import-set");
        importSet.setEnabled(false);
        importSet.addClickListener(e -> importChosenSet());
        add(new Div(asOne, importSet));

        progress.setId("import-progress");
        progress.setVisible(false);
        progressText.setId("import-progress-text");
        summary.setId("import-summary");
        add(progress, progressText, new Div(summary));

        results.setId("import-results");
        results.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        results.addColumn(ImportOutcome::fileName).setHeader("文件").setAutoWidth(true).setSortable(true);
        results.addComponentColumn(o -> {
            Span status = new Span(o.status().label());
            if (o.failed()) {
                status.addClassName("import-result-failed");
            }
            return status;
        }).setHeader("结果").setAutoWidth(true).setComparator(ImportOutcome::status);
        results.addComponentColumn(o -> o.departmentId() == null ? new Span("")
                        : new Anchor(Routes.departmentLink(o.departmentId(), null, o.year()), o.departmentName()))
                .setHeader("部门").setAutoWidth(true);
        results.addColumn(o -> o.year() == null ? "" : String.valueOf(o.year())).setHeader("年度").setSortable(true);
        results.addColumn(o -> o.kind() == null ? "" : o.kind().label()).setHeader("类型");
        results.addColumn(o -> o.revision() == null ? "" : "第 " + o.revision() + " 版").setHeader("版本");
        Grids.amount(results, "支出合计（万元）", ImportOutcome::totalExpenditure);
        results.addColumn(o -> o.failed() ? "" : o.findingCount() + "（错误 " + o.errorCount() + "）").setHeader("发现问题")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        results.addColumn(o -> o.failed() && o.reason() != null ? o.reason() : "").setHeader("失败原因").setFlexGrow(3);
        results.setVisible(false);
        add(results);
        questions.setId("import-questions");
        add(questions);
    }

    /** What a row imports (one file, or the files chosen as one disclosure) and the options it was imported with. */
    private record Pending(String fileName, List<DocumentSource> sources, ImportOptions options) {
    }

    /** 合为一份公开: files received while it is ticked wait for {@link #importSet} and are imported as one disclosure. */
    private final Checkbox asOne = new Checkbox("所选文件合为一份公开（如同一部门、年度的说明和表格两个文件）");
    private final Button importSet = new Button("合并导入");
    private final List<DocumentSource> chosen = new ArrayList<>();

    /** What a refused file's row shows as its name when the server could not even read the name. */
    static final String UNKNOWN_NAME = "（无法读取文件名）";

    /**
     * A file refused before it could be imported (too large, name too long, wrong type): its own row saying why,
     * and an audit entry like any failed import.
     */
    void refused(String fileName, String reason) {
        String name = fileName == null || fileName.isBlank() ? UNKNOWN_NAME : fileName;
        audit.record(CurrentUser.actor(), AuditAction.IMPORT_FAILED, name, reason);
        received++;
        record(ImportOutcome.failed(name, ImportFailure.UPLOAD_REFUSED, reason));
    }

    /** A file arrived (under the session lock): count it and hand it to the background import. */
    void received(String fileName, byte[] content) {
        if (fileName != null && fileName.length() > UploadLimits.MAX_FILE_NAME_CHARS) {
            refused(fileName, "文件名过长（" + fileName.length() + " 个字符，不能超过 " + UploadLimits.MAX_FILE_NAME_CHARS
                    + " 个字符），请改短后重新上传");
            return;
        }
        if (asOne.getValue()) {
            chosen.add(DocumentSource.bytes(fileName, content));
            importSet.setEnabled(true);
            importSet.setText("合并导入（" + chosen.size() + " 个文件）");
            return;
        }
        received++;
        showProgress();
        importInBackground(new Pending(fileName, List.of(DocumentSource.bytes(fileName, content)),
                ImportOptions.PLAIN), -1);
    }

    /** The files chosen as one disclosure: one import, one row. */
    void importChosenSet() {
        if (chosen.isEmpty()) {
            return;
        }
        List<DocumentSource> sources = List.copyOf(chosen);
        chosen.clear();
        importSet.setEnabled(false);
        importSet.setText("合并导入");
        received++;
        showProgress();
        importInBackground(new Pending(sources.stream().map(DocumentSource::fileName)
                .collect(java.util.stream.Collectors.joining(" + ")), sources, ImportOptions.PLAIN), -1);
    }

    /** Imports on the runner; the outcome becomes a new row ({@code row} -1) or replaces the row it answers. */
    private void importInBackground(Pending file, int row) {
        UI ui = UI.getCurrent();
        String user = CurrentUser.actor(); // the import runs on another thread: who it is for is read here
        ui.setPollInterval(300);
        runner.submit(() -> {
            ImportOutcome outcome;
            try {
                outcome = importer.importSet(file.sources(), user, file.options());
            } catch (RuntimeException e) {
                outcome = ImportOutcome.failed(file.fileName(), ImportFailure.IMPORT_ERROR,
                        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
            ImportOutcome finished = outcome;
            ui.access(() -> {
                if (row < 0) {
                    record(finished);
                    ask(outcomes.size() - 1, finished, file);
                } else {
                    outcomes.set(row, finished);
                    ask(row, finished, file);
                    showResults();
                }
            });
        });
    }

    /** A CONFLICT or NEEDS_IDENTITY row gets its question below the grid. */
    private void ask(int row, ImportOutcome outcome, Pending file) {
        if (outcome.conflict() && outcome.conflictWith() != null) {
            pending.put(row, file);
            questions.add(new ConflictQuestion(row, outcome, choice -> answered(row, choice == ConflictChoice.REFUSE
                    ? null : file.options().with(choice))));
        } else if (outcome.needsIdentity()) {
            pending.put(row, file);
            questions.add(new IdentityQuestion(row, outcome, options -> answered(row, options == null ? null
                    : new ImportOptions(file.options().conflict(), options.hints()))));
        }
    }

    /** The user answered row {@code row}'s question: import again with {@code options}, or skip (null). */
    private void answered(int row, ImportOptions options) {
        Pending file = pending.remove(row);
        questions.getChildren().filter(c -> c.getId().filter(id -> id.equals("conflict-" + row)
                || id.equals("identity-" + row)).isPresent()).toList().forEach(questions::remove);
        if (file != null && options != null) {
            importInBackground(new Pending(file.fileName(), file.sources(), options), row);
        }
    }

    private void record(ImportOutcome outcome) {
        outcomes.add(outcome);
        if (done < received) {
            done++;
        }
        showResults();
    }

    private void showResults() {
        showProgress();
        results.setItems(outcomes);
        results.setVisible(true);
        if (done >= received) {
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    private void showProgress() {
        progress.setVisible(received > 0);
        progress.setValue(received == 0 ? 0 : (double) done / received);
        progressText.setText(done < received ? "正在读取并保存：已完成 " + done + " / " + received + " 个文件"
                : "已完成 " + done + " / " + received + " 个文件");
        summary.setText(summaryText());
    }

    private String summaryText() {
        if (outcomes.isEmpty()) {
            return "";
        }
        String text = "已导入 " + count(ImportStatus.STORED) + "，内容未变 " + count(ImportStatus.UNCHANGED) + "，新修订版 "
                + count(ImportStatus.NEW_REVISION) + "，失败 " + count(ImportStatus.FAILED);
        if (count(ImportStatus.CONFLICT) > 0) {
            text += "，编码名称冲突 " + count(ImportStatus.CONFLICT);
        }
        if (count(ImportStatus.NEEDS_IDENTITY) > 0) {
            text += "，待补部门或年度 " + count(ImportStatus.NEEDS_IDENTITY);
        }
        return text;
    }

    private long count(ImportStatus status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    /** Per-file results so far, in the order they finished. */
    List<ImportOutcome> outcomes() {
        return List.copyOf(outcomes);
    }
}
