package cn.districtbudget.ui.performance;

import cn.districtbudget.ui.shell.Times;
import cn.districtbudget.core.disclosure.Grade;
import cn.districtbudget.core.grading.DepartmentGrade;
import cn.districtbudget.data.performance.DepartmentYearResults;
import cn.districtbudget.data.performance.ImportMode;
import cn.districtbudget.data.performance.IndicatorResult;
import cn.districtbudget.data.performance.InvalidResultValueException;
import cn.districtbudget.data.performance.PerformanceResults;
import cn.districtbudget.data.performance.ResultConflictException;
import cn.districtbudget.ui.security.Roles;
import cn.districtbudget.data.performance.ResultFileException;
import cn.districtbudget.data.performance.ResultImportReport;
import cn.districtbudget.data.performance.RowProblem;
import cn.districtbudget.data.performance.TemplateFormat;
import cn.districtbudget.ui.shell.MainLayout;
import cn.districtbudget.ui.shell.Routes;
import cn.districtbudget.ui.shell.Selection;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.security.Principal;
import java.util.List;
import java.util.Optional;

/**
 * 绩效自评: the indicators of a department's budget disclosure for a year with their four thresholds; staff type the
 * actual value (bad numbers rejected with a message, a concurrent edit reported, never overwritten), or upload a
 * CSV / .xlsx file (per-row report), or download the template. Grades and the department-year score update at once.
 */
@Route(value = Routes.PERFORMANCE + "/:departmentId", layout = MainLayout.class)
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class PerformanceView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ANONYMOUS = "网页录入";

    private final PerformanceResults results;
    private final H2 title = new H2();
    private final Span summary = new Span();
    private final Grid<IndicatorResult> grid = new Grid<>();
    private final Checkbox allOrNothing = new Checkbox("任何一行有误则整个文件都不导入");
    private final Span importSummary = new Span();
    private final Grid<RowProblem> problems = new Grid<>();
    private DepartmentYearResults shown;

    public PerformanceView(PerformanceResults results) {
        this.results = results;
        addClassName("view");
        setId("performance");
    }

    @Override
    public String getPageTitle() {
        return shown == null ? "绩效自评 · 部门预算公开看板"
                : "绩效自评 · " + shown.departmentName() + " " + shown.year() + "年 · 部门预算公开看板";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Long> departmentId = event.getRouteParameters().getLong("departmentId");
        List<Integer> years = departmentId.map(results::years).orElse(List.of());
        if (years.isEmpty()) {
            add(new H2("绩效自评"), new Paragraph("没有找到该部门的预算公开说明，无法录入绩效自评。"));
            return;
        }
        Integer wanted = Selection.intParameter(event.getLocation().getQueryParameters(), Routes.YEAR);
        int year = wanted != null && years.contains(wanted) ? wanted : years.get(years.size() - 1);
        shown = results.results(departmentId.get(), year).orElseThrow();
        build(years);
    }

    private void build(List<Integer> years) {
        title.setId("performance-title");
        add(title);
        Select<Integer> yearSelect = new Select<>();
        yearSelect.setId("performance-year");
        yearSelect.setLabel("年度");
        yearSelect.setItems(years);
        yearSelect.setItemLabelGenerator(y -> y + "年");
        yearSelect.setValue(shown.year());
        yearSelect.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                Routes.navigate(Routes.performanceLink(shown.departmentId(), e.getValue()));
            }
        });
        Anchor back = new Anchor(Routes.departmentLink(shown.departmentId(), shown.regionId(), shown.year()),
                "← 返回部门页面");
        back.setId("performance-back");
        add(new Div(yearSelect), back);

        summary.setId("performance-grade");
        add(new Div(summary));

        grid.setId("performance-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> r.key().activity()).setHeader("工作活动").setAutoWidth(true);
        grid.addColumn(r -> r.key().indicatorName()).setHeader("绩效指标").setAutoWidth(true);
        grid.addColumn(r -> r.unit().isEmpty() ? "—" : r.unit()).setHeader("单位");
        for (Grade grade : Grade.values()) {
            grid.addColumn(r -> text(r.indicator().threshold(grade))).setHeader(grade.label());
        }
        grid.addComponentColumn(this::valueField).setHeader("实际值").setKey("value")
                .setWidth("11em").setFlexGrow(0);
        grid.addColumn(IndicatorResult::gradeLabel).setHeader("等级").setKey("grade").setTextAlign(ColumnTextAlign.CENTER)
                .setClassNameGenerator(r -> "grade-" + r.gradeLabel());
        grid.addColumn(r -> r.enteredBy() == null ? "" : r.enteredBy() + " " + Times.format(r.enteredAt()))
                .setHeader("录入").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(grid);

        add(new H3("导入实际值文件"));
        add(new Paragraph("CSV 或 Excel（.xlsx）文件，第 1 行为表头：部门编码或名称、年度、工作活动、指标名称、实际值。"
                + "默认导入所有正确的行，并逐行列出有误的行（行号含表头）；改正后可再次导入同一文件，未变的值不会重复记录。"));
        Anchor csv = template(TemplateFormat.CSV, "下载模板（CSV）");
        csv.setId("template-csv");
        Anchor xlsx = template(TemplateFormat.XLSX, "下载模板（Excel）");
        xlsx.setId("template-xlsx");
        add(new Div(csv, new Span("　"), xlsx));
        allOrNothing.setId("all-or-nothing");
        add(new Div(allOrNothing));
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> imported(metadata.fileName(), bytes)))));
        upload.setId("performance-upload");
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(5 * 1024 * 1024);
        upload.setDropLabel(new Span("把 CSV / Excel 文件拖到这里，或点击上传"));
        add(upload);
        importSummary.setId("performance-import-summary");
        add(new Div(importSummary));
        problems.setId("performance-import-problems");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT);
        problems.addColumn(RowProblem::line).setHeader("行号").setWidth("6em").setFlexGrow(0);
        problems.addColumn(RowProblem::message).setHeader("问题").setFlexGrow(1);
        problems.setAllRowsVisible(true);
        problems.setVisible(false);
        add(problems);
        show(shown);
    }

    private void show(DepartmentYearResults year) {
        shown = year;
        title.setText("绩效自评 · " + year.departmentName() + " · " + year.year() + "年");
        summary.setText(gradeText(year.grade()));
        grid.setItems(year.indicators());
    }

    private void reload() {
        results.results(shown.departmentId(), shown.year()).ifPresent(this::show);
    }

    /** 得分 2.67（良） · 优 1 良 1 中 0 差 1 · 未评级 1 · 未填报 1 */
    static String gradeText(DepartmentGrade grade) {
        StringBuilder text = new StringBuilder();
        if (grade.score() == null) {
            text.append("得分：未评");
        } else {
            text.append("得分 ").append(grade.score().toPlainString());
        }
        for (Grade g : Grade.values()) {
            text.append(g == Grade.EXCELLENT ? " · " : " ").append(g.label()).append(' ').append(grade.counts().get(g));
        }
        text.append(" · 未评级 ").append(grade.ungraded()).append(" · 未填报 ").append(grade.missing());
        return text.toString();
    }

    private TextField valueField(IndicatorResult row) {
        TextField field = new TextField();
        field.addClassName("performance-value");
        field.setWidthFull();
        field.setPlaceholder("未填报");
        field.setSuffixComponent(new Span(row.unit()));
        field.setValue(row.value() == null ? "" : row.value().stripTrailingZeros().toPlainString());
        field.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                results.save(row.key(), e.getValue(), row.version(), user());
                reload();
            } catch (InvalidResultValueException bad) {
                field.setInvalid(true);
                field.setErrorMessage(bad.getMessage());
                notify(row.key().indicatorName() + "：" + bad.getMessage());
            } catch (ResultConflictException conflict) {
                notify(conflict.getMessage());
                reload();
            }
        });
        return field;
    }

    private void imported(String fileName, byte[] bytes) {
        ImportMode mode = allOrNothing.getValue() ? ImportMode.ALL_OR_NOTHING : ImportMode.BEST_EFFORT;
        try {
            ResultImportReport report = results.importFile(shown.regionId(), fileName, bytes, mode, user());
            importSummary.setText(fileName + "：共 " + report.rows() + " 行，保存 " + report.stored() + " 行，未变 "
                    + report.unchanged() + " 行，有误 " + report.problems().size() + " 行"
                    + (report.rejected() ? "；因有误的行，整个文件未导入" : ""));
            problems.setItems(report.problems());
            problems.setVisible(!report.problems().isEmpty());
        } catch (ResultFileException unreadable) {
            importSummary.setText(fileName + "：" + unreadable.getMessage());
            problems.setItems(List.of());
            problems.setVisible(false);
        }
        reload();
    }

    private Anchor template(TemplateFormat format, String label) {
        String name = "绩效自评模板-" + shown.departmentName() + "-" + shown.year() + format.extension();
        long departmentId = shown.departmentId();
        int year = shown.year();
        StreamResource resource = new StreamResource(name,
                () -> new ByteArrayInputStream(results.template(format, departmentId, year)));
        resource.setContentType(format.mimeType());
        Anchor anchor = new Anchor(resource, label);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    private static void notify(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static String user() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Principal principal = request == null ? null : request.getUserPrincipal();
        return principal == null ? ANONYMOUS : principal.getName();
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? "（空）" : s;
    }
}
