package cn.districtbudget.ui.performance;

import cn.districtbudget.ui.testsupport.DistrictViewTest;
import cn.districtbudget.ui.testsupport.KaribuLogin;
import cn.districtbudget.ui.testsupport.TestDistrict;

import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.data.performance.IndicatorResult;
import cn.districtbudget.data.performance.PerformanceResults;
import cn.districtbudget.data.performance.RowProblem;
import cn.districtbudget.data.account.Role;
import cn.districtbudget.ui.performance.PerformanceView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The results page (绩效自评) of the sample department, on the emptied shared database. */
class PerformanceViewTest extends DistrictViewTest {

    @Autowired
    PerformanceResults results;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void noResultsYet() {
        jdbc.update("delete from indicator_result_change");
        jdbc.update("delete from indicator_result");
    }

    private long kexie() {
        return department(TestDistrict.KEXIE).id();
    }

    @SuppressWarnings("unchecked")
    private static Grid<IndicatorResult> grid() {
        return LocatorJ._get(Grid.class, spec -> spec.withId("performance-grid"));
    }

    private static TextField valueField(int row) {
        return (TextField) GridKt._getCellComponent(grid(), row, "value");
    }

    private static String summary() {
        return LocatorJ._get(Span.class, spec -> spec.withId("performance-grade")).getText();
    }

    @Test
    void listsEveryIndicatorWithItsThresholdsAndNothingGradedYet() {
        navigate("performance/" + kexie() + "?year=2019");

        LocatorJ._assertOne(PerformanceView.class);
        assertThat(LocatorJ._get(H2.class, spec -> spec.withId("performance-title")).getText())
                .contains(TestDistrict.KEXIE).contains("2019");
        assertThat(GridKt._size(grid())).isEqualTo(22);
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("科普活动覆盖率", "%", "95%以上", "60%以下", "未填报");
        assertThat(summary()).startsWith("得分：未评").endsWith("未填报 22");
    }

    @Test
    void aTypedValueIsGradedAndTheScoreUpdates() {
        navigate("performance/" + kexie() + "?year=2019");

        LocatorJ._setValue(valueField(0), "96");

        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("优");
        assertThat(summary()).startsWith("得分 4.00").contains("优 1").endsWith("未填报 21");
        assertThat(GridKt._get(grid(), 0).enteredBy()).as("the logged-in user").isEqualTo("admin");
        LocatorJ._setValue(valueField(0), "70");
        assertThat(GridKt._getFormattedRow(grid(), 0)).as("60%–85% is a gap of the scale").contains("未评级");
        assertThat(summary()).contains("未评级 1");
    }

    @Test
    void aBadNumberIsRejectedWithAMessageAndNotStored() {
        navigate("performance/" + kexie() + "?year=2019");
        TextField field = valueField(0);

        LocatorJ._setValue(field, "九十");

        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("“九十”不是数字");
        assertThat(NotificationsKt.getNotifications()).isNotEmpty();
        assertThat(jdbc.queryForObject("select count(*) from indicator_result", Integer.class)).isZero();
    }

    @Test
    void aConcurrentEditIsReportedAndTheOtherUsersValueShown() {
        navigate("performance/" + kexie() + "?year=2019");
        TextField stale = valueField(0);
        IndicatorResult row = GridKt._get(grid(), 0);
        results.save(row.key(), "91", null, "李四");

        LocatorJ._setValue(stale, "99");

        assertThat(NotificationsKt.getNotifications()).hasSize(1);
        assertThat(GridKt._get(grid(), 0).value()).isEqualByComparingTo("91");
        assertThat(GridKt._get(grid(), 0).enteredBy()).isEqualTo("李四");
        NotificationsKt.expectNotifications("保存失败：该指标的实际值已被李四于"
                + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(java.time.ZoneId.of("Asia/Shanghai")).format(GridKt._get(grid(), 0).enteredAt())
                + "修改为91%，您的修改未保存。请刷新后重新输入。");
    }

    @Test
    void anUploadedFileStoresTheGoodRowsAndListsTheBadOnesByLine() {
        navigate("performance/" + kexie() + "?year=2019");
        String csv = "部门编码或名称,年度,指标名称,实际值\n731,2019,科普活动覆盖率,96\n731,2019,科普活动覆盖率x,90\n"
                + "731,2019,科普活动参加人数,很多\n";

        upload("results.csv", csv);

        assertThat(LocatorJ._get(Span.class, spec -> spec.withId("performance-import-summary")).getText())
                .contains("共 3 行").contains("保存 1 行").contains("有误 2 行");
        Grid<RowProblem> problems = LocatorJ._get(Grid.class, spec -> spec.withId("performance-import-problems"));
        assertThat(GridKt._findAll(problems)).extracting(RowProblem::line).containsExactly(3, 4);
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("优");
    }

    @Test
    void allOrNothingStoresNothingFromAFileWithABadRow() {
        navigate("performance/" + kexie() + "?year=2019");
        LocatorJ._setValue(LocatorJ._get(Checkbox.class, spec -> spec.withId("all-or-nothing")), true);

        upload("results.csv", "部门,年度,指标名称,实际值\n731,2019,科普活动覆盖率,96\n731,2019,无此指标,1\n");

        assertThat(LocatorJ._get(Span.class, spec -> spec.withId("performance-import-summary")).getText())
                .contains("整个文件未导入");
        assertThat(jdbc.queryForObject("select count(*) from indicator_result", Integer.class)).isZero();
    }

    @Test
    void templatesAreOfferedForDownloadAndTheDepartmentPageLinksHere() {
        navigate("performance/" + kexie() + "?year=2019");
        assertThat(LocatorJ._get(Anchor.class, spec -> spec.withId("template-csv")).getHref()).isNotBlank();
        assertThat(LocatorJ._get(Anchor.class, spec -> spec.withId("template-xlsx")).getHref()).isNotBlank();

        navigate("department/" + kexie() + "?year=2019");
        assertThat(LocatorJ._get(Anchor.class, spec -> spec.withId("performance-link")).getHref())
                .isEqualTo("performance/" + kexie() + "?year=2019");
    }

    @Test
    void leadersReadGradesOnTheDepartmentPageWithoutALinkToEnterResults() {
        KaribuLogin.as("wang", Role.LEADER);
        navigate("department/" + kexie() + "?year=2019");

        LocatorJ._assertNone(Anchor.class, spec -> spec.withId("performance-link"));
    }

    private static void upload(String name, String text) {
        UploadKt._upload(LocatorJ._get(Upload.class, spec -> spec.withId("performance-upload")), name, "text/csv",
                text.getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip();
        MockVaadin.clientRoundtrip();
    }
}
