package cn.districtbudget.ui.importing;

import cn.districtbudget.ui.testsupport.KaribuTest;
import cn.districtbudget.ui.testsupport.TestDistrict;

import cn.districtbudget.data.importing.ImportOutcome;
import cn.districtbudget.data.importing.ImportStatus;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import cn.districtbudget.data.audit.AuditAction;
import cn.districtbudget.data.audit.AuditEntry;
import cn.districtbudget.data.audit.AuditFilter;
import cn.districtbudget.data.audit.AuditLog;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.upload.FileRejectedEvent;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Uploads through the import page, on the emptied shared database. */
class ImportViewTest extends KaribuTest {

    @Autowired
    AuditLog audit;

    private static void upload(String name, String text) {
        UploadKt._upload(LocatorJ._get(Upload.class, spec -> spec.withId("upload")), name, "text/plain",
                text.getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip();
        MockVaadin.clientRoundtrip();
    }

    @Test
    void eachFileGetsItsResultAndTheProgressCountsThem() {
        cn.districtbudget.ui.shell.Routes.navigate("import");
        String archives = TestDistrict.archives2019().replace("档案馆", "统计局").replace("732档案", "733统计");
        upload("statistics-2019.txt", archives);
        upload("junk.txt", "这不是公开说明");
        upload("statistics-2019-again.txt", archives);

        Grid<ImportOutcome> results = LocatorJ._get(Grid.class, spec -> spec.withId("import-results"));
        assertThat(GridKt._findAll(results)).extracting(ImportOutcome::fileName, ImportOutcome::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("statistics-2019.txt", ImportStatus.STORED),
                org.assertj.core.groups.Tuple.tuple("junk.txt", ImportStatus.FAILED),
                org.assertj.core.groups.Tuple.tuple("statistics-2019-again.txt", ImportStatus.UNCHANGED));
        ImportOutcome stored = GridKt._get(results, 0);
        assertThat(stored.departmentName()).isEqualTo("山海关区统计局");
        assertThat(stored.totalExpenditure().toWanFixed2()).isEqualTo("95.75");
        assertThat(GridKt._get(results, 1).reason()).isNotBlank();

        assertThat(LocatorJ._get(ProgressBar.class, spec -> spec.withId("import-progress")).getValue()).isEqualTo(1.0);
        assertThat(LocatorJ._get(Span.class, spec -> spec.withId("import-progress-text")).getText()).contains("3 / 3");
        assertThat(LocatorJ._get(Span.class, spec -> spec.withId("import-summary")).getText())
                .isEqualTo("已导入 1，内容未变 1，新修订版 0，失败 1");
    }

    @Test
    void aRefusedFileGetsItsOwnRowSayingWhyAndAnAuditEntry() {
        cn.districtbudget.ui.shell.Routes.navigate("import");
        Upload component = LocatorJ._get(Upload.class, spec -> spec.withId("upload"));
        assertThat(component.getMaxFileSize()).isEqualTo(cn.districtbudget.data.files.DocumentFiles.MAX_BYTES);
        assertThat(LocatorJ._get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("upload-limits"))
                .getText()).contains("10 MB", "255 个字符");
        long auditedBefore = audit.count(AuditFilter.all().withAction(AuditAction.IMPORT_FAILED));

        // the upload component refuses a file over the limit in the browser: the page is told
        ComponentUtil.fireEvent(component, new FileRejectedEvent(component, "文件太大（每个不超过 10 MB）。", "big.docx"));
        String longName = "山".repeat(600) + ".txt";
        upload(longName, TestDistrict.archives2019());

        Grid<ImportOutcome> results = LocatorJ._get(Grid.class, spec -> spec.withId("import-results"));
        assertThat(GridKt._findAll(results)).extracting(ImportOutcome::fileName, ImportOutcome::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("big.docx", ImportStatus.FAILED),
                org.assertj.core.groups.Tuple.tuple(longName, ImportStatus.FAILED));
        assertThat(GridKt._get(results, 0).reason()).contains("文件太大", "10 MB");
        assertThat(GridKt._get(results, 1).reason()).contains("文件名过长", "604 个字符", "255");
        assertThat(LocatorJ._get(Span.class, spec -> spec.withId("import-summary")).getText())
                .isEqualTo("已导入 0，内容未变 0，新修订版 0，失败 2");

        assertThat(audit.count(AuditFilter.all().withAction(AuditAction.IMPORT_FAILED))).isEqualTo(auditedBefore + 2);
        assertThat(audit.find(AuditFilter.all().withAction(AuditAction.IMPORT_FAILED), 0, 2))
                .extracting(AuditEntry::detail).anySatisfy(d -> assertThat(d).contains("文件太大"))
                .anySatisfy(d -> assertThat(d).contains("文件名过长"));
    }

    @Test
    void aConflictRowNamesBothDepartmentsAndImportsWithTheChosenOne() {
        cn.districtbudget.ui.shell.Routes.navigate("import");
        String audit = TestDistrict.sample().replace("科学技术协会", "审计局").replace("731科协", "741审计");
        String weather = TestDistrict.sample().replace("科学技术协会", "气象局").replace("731科协", "742气象");
        String mixed = TestDistrict.sample().replace("科学技术协会", "气象局").replace("731科协", "741审计")
                .replace("“三公”经费预算总额减少0.31万元", "“三公”经费预算总额增加0.31万元");
        upload("audit.txt", audit);
        upload("weather.txt", weather);
        upload("mixed.txt", mixed);

        Grid<ImportOutcome> results = LocatorJ._get(Grid.class, spec -> spec.withId("import-results"));
        ImportOutcome conflict = GridKt._get(results, 2);
        assertThat(conflict.status()).isEqualTo(ImportStatus.CONFLICT);
        assertThat(LocatorJ._get(Span.class, spec -> spec.withId("import-summary")).getText())
                .isEqualTo("已导入 2，内容未变 0，新修订版 0，失败 0，编码名称冲突 1");
        com.vaadin.flow.component.html.Div question = LocatorJ._get(com.vaadin.flow.component.html.Div.class,
                spec -> spec.withId("conflict-2"));
        assertThat(question.getElement().getTextRecursively())
                .contains("mixed.txt", "741", "山海关区审计局", "山海关区气象局");
        assertThat(LocatorJ._find(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("conflict-2-skip")))
                .hasSize(1);

        LocatorJ._click(LocatorJ._get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("conflict-2-name")));
        MockVaadin.clientRoundtrip();

        ImportOutcome answered = GridKt._get(results, 2);
        assertThat(answered.status()).as("a new revision of the department of the name").isEqualTo(ImportStatus.NEW_REVISION);
        assertThat(answered.departmentName()).isEqualTo("山海关区气象局");
        assertThat(answered.departmentId()).isEqualTo(GridKt._get(results, 1).departmentId());
        assertThat(LocatorJ._find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("conflict-2")))
                .as("the question is gone").isEmpty();
        assertThat(LocatorJ._get(Span.class, spec -> spec.withId("import-summary")).getText())
                .isEqualTo("已导入 2，内容未变 0，新修订版 1，失败 0");
    }

    @Test
    void aSkippedConflictStaysRefused() {
        cn.districtbudget.ui.shell.Routes.navigate("import");
        upload("forest.txt", TestDistrict.sample().replace("科学技术协会", "林业局").replace("731科协", "751林业"));
        upload("water.txt", TestDistrict.sample().replace("科学技术协会", "水务局").replace("731科协", "752水务"));
        upload("mixed2.txt", TestDistrict.sample().replace("科学技术协会", "水务局").replace("731科协", "751林业"));
        LocatorJ._click(LocatorJ._get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("conflict-2-skip")));
        MockVaadin.clientRoundtrip();
        Grid<ImportOutcome> results = LocatorJ._get(Grid.class, spec -> spec.withId("import-results"));
        assertThat(GridKt._get(results, 2).status()).isEqualTo(ImportStatus.CONFLICT);
        assertThat(LocatorJ._find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("conflict-2"))).isEmpty();
    }

    @Test
    void aTextWithFiguresButNoTitleIsImportedOnceTheUserGivesDepartmentAndYear() {
        cn.districtbudget.ui.shell.Routes.navigate("import");
        upload("统计局2023年预算.txt", "二、收支预算总体情况\n收入预算总额120.50万元，其中一般公共预算拨款收入100.50万元，"
                + "上年结转20.00万元。支出预算总额120.50万元。\n");

        Grid<ImportOutcome> results = LocatorJ._get(Grid.class, spec -> spec.withId("import-results"));
        assertThat(GridKt._get(results, 0).status()).isEqualTo(ImportStatus.NEEDS_IDENTITY);
        assertThat(GridKt._get(results, 0).missing()).containsExactlyInAnyOrder(
                cn.districtbudget.data.importing.IdentityPart.DEPARTMENT, cn.districtbudget.data.importing.IdentityPart.YEAR);
        assertThat(LocatorJ._get(Span.class, spec -> spec.withId("import-summary")).getText())
                .isEqualTo("已导入 0，内容未变 0，新修订版 0，失败 0，待补部门或年度 1");
        var department = LocatorJ._get(com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withId("identity-0-department"));
        var year = LocatorJ._get(com.vaadin.flow.component.textfield.IntegerField.class,
                spec -> spec.withId("identity-0-year"));
        assertThat(department.getValue()).as("pre-filled from the file name").isEqualTo("统计局");
        assertThat(year.getValue()).as("pre-filled from the file name").isEqualTo(2023);

        department.setValue("");
        LocatorJ._click(LocatorJ._get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("identity-0-import")));
        assertThat(GridKt._get(results, 0).status()).as("not imported without a department").isEqualTo(ImportStatus.NEEDS_IDENTITY);

        department.setValue("某市统计局");
        LocatorJ._click(LocatorJ._get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("identity-0-import")));
        MockVaadin.clientRoundtrip();

        ImportOutcome stored = GridKt._get(results, 0);
        assertThat(stored.status()).isEqualTo(ImportStatus.STORED);
        assertThat(stored.departmentName()).isEqualTo("某市统计局");
        assertThat(stored.year()).isEqualTo(2023);
        assertThat(stored.totalExpenditure().toWanFixed2()).isEqualTo("120.50");
        assertThat(LocatorJ._find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("identity-0"))).isEmpty();
        assertThat(LocatorJ._get(Span.class, spec -> spec.withId("import-summary")).getText())
                .isEqualTo("已导入 1，内容未变 0，新修订版 0，失败 0");
    }
}
