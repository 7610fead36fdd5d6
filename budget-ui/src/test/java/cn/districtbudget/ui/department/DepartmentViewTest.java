package cn.districtbudget.ui.department;

import cn.districtbudget.ui.testsupport.DistrictViewTest;
import cn.districtbudget.ui.testsupport.TestDistrict;

import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.data.catalog.DisclosureSummary;
import cn.districtbudget.ui.department.DepartmentView;
import cn.districtbudget.ui.shell.NotFoundView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DepartmentViewTest extends DistrictViewTest {

    private long kexie() {
        return department(TestDistrict.KEXIE).id();
    }

    @Test
    void anAddressThatIsNoStoredDepartmentIsACleanNotFound() {
        for (String id : List.of("abc", "1e3", "-1", "99999999", "99999999999999999999")) {
            navigate("department/" + id);
            LocatorJ._assertOne(NotFoundView.class);
            LocatorJ._assertNone(DepartmentView.class);
        }
    }

    @Test
    void showsTheHeaderAndTheRequestedYear() {
        navigate("department/" + kexie() + "?year=2018");
        LocatorJ._assertOne(DepartmentView.class);
        assertThat(LocatorJ._get(H2.class, spec -> spec.withId("department-name")).getText()).isEqualTo(TestDistrict.KEXIE);
        Select<DisclosureSummary> year = LocatorJ._get(Select.class, spec -> spec.withId("department-year"));
        assertThat(year.getValue().year()).isEqualTo(2018);
        assertThat(year.getListDataView().getItems().map(DisclosureSummary::year).toList()).containsExactly(2018, 2019);
    }

    @Test
    void theYearSwitcherNavigatesToThatYear() {
        navigate("department/" + kexie() + "?year=2019");
        Select<DisclosureSummary> year = LocatorJ._get(Select.class, spec -> spec.withId("department-year"));
        DisclosureSummary y2018 = year.getListDataView().getItems().filter(s -> s.year() == 2018).findFirst().orElseThrow();
        LocatorJ._setValue(year, y2018);
        assertThat(currentLocation()).startsWith("department/" + kexie()).contains("year=2018");
    }

    @Test
    void everySectionIsShownWithAmountsInWanWithTwoDecimals() {
        navigate("department/" + kexie() + "?year=2019");
        Grid<?> expenditure = LocatorJ._get(Grid.class, spec -> spec.withId("expenditure-table"));
        assertThat(GridKt._getFormattedRow(expenditure, 0)).contains("支出合计", "95.75");
        assertThat(GridKt._getFormattedRow(expenditure, 3)).contains("9.30");
        Grid<?> threePublic = LocatorJ._get(Grid.class, spec -> spec.withId("three-public-table"));
        assertThat(GridKt._getFormattedRow(threePublic, 0)).contains("1.14");
        LocatorJ._assertOne(Grid.class, spec -> spec.withId("revenue-table"));
        LocatorJ._assertOne(Grid.class, spec -> spec.withId("operating-costs"));
        Grid<?> indicators = LocatorJ._get(Grid.class, spec -> spec.withId("indicators"));
        assertThat(GridKt._size(indicators)).isEqualTo(22);
        assertThat(GridKt._getFormattedRow(indicators, 0)).contains("科普活动覆盖率", "95%以上", "60%以下", "未评");
        LocatorJ._assertOne(Grid.class, spec -> spec.withId("fixed-assets"));
        assertThat(chart("department-revenue").getOptions().get("series")).isNotEmpty();
        assertThat(chart("department-three-public").getOptions().at("/xaxis/categories")).hasSize(2);
    }

    @Test
    void theProjectRowExplainsWhatItIsForAndWhyItChangedAsTwoLabelledParts() {
        navigate("department/" + kexie() + "?year=2019");
        Grid<?> expenditure = LocatorJ._get(Grid.class, spec -> spec.withId("expenditure-table"));
        assertThat(GridKt._getFormattedRow(expenditure, 4)).contains("项目支出", "0.50");
        // the sample: 项目支出0.5万元，主要为公务用车保险费 … 项目支出减少25.5万元，主要为科普活动、县域经济增比进位等项目支出
        assertThat(parts(expenditure, 4)).containsExactly(
                "figure-description=用途：主要为公务用车保险费",
                "figure-change-explanation=增减原因：主要为科普活动、县域经济增比进位等项目支出");
        assertThat(parts(expenditure, 2)).isEmpty(); // 人员经费: the text explains nothing
    }

    private static List<String> parts(Grid<?> grid, int row) {
        com.vaadin.flow.component.Component cell = GridKt._getCellComponent(grid, row, "explanations");
        return cell.getChildren().map(c -> String.join(" ", c.getElement().getClassList()) + "="
                + c.getElement().getTextRecursively()).toList();
    }

    @Test
    void findingsRevisionsAndTheOriginalTextAreThere() {
        navigate("department/" + kexie() + "?year=2019");
        // the sample's 15 findings (core's SampleDisclosureCheckTest): 7 GRD-GAP, 6 GRD-OVERLAP, 1 GRD-CONTRADICTION
        // in the threshold texts, and 1.8 万元 of 机关运行经费 not itemised (OPC-UNITEMISED, INFO)
        Grid<Finding> findings = LocatorJ._get(Grid.class, spec -> spec.withId("department-findings"));
        List<Finding> shown = GridKt._findAll(findings);
        assertThat(shown).hasSize(15);
        assertThat(shown).filteredOn(f -> f.rule().equals("GRD-GAP")).hasSize(7);
        assertThat(shown).filteredOn(f -> f.rule().equals("GRD-OVERLAP")).hasSize(6);
        assertThat(shown).filteredOn(f -> f.rule().equals("GRD-CONTRADICTION")).singleElement()
                .extracting(Finding::message).asString().startsWith("科技特派员培训完成率：");
        assertThat(shown).filteredOn(f -> f.rule().equals("OPC-UNITEMISED")).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("机关运行经费9.3万元中未列明细1.8万元"));
        assertThat(shown).extracting(f -> f.severity().name()).containsOnly("WARNING", "INFO");
        Grid<DisclosureSummary> revisions = LocatorJ._get(Grid.class, spec -> spec.withId("revisions"));
        assertThat(GridKt._findAll(revisions)).extracting(DisclosureSummary::revision).containsExactly(1);
        Details original = LocatorJ._get(Details.class, spec -> spec.withId("original-text"));
        original.setOpened(true); // the text is read when the panel is opened
        assertThat(LocatorJ._get(original, Pre.class).getText()).startsWith("山海关区科学技术协会部门2019年部门预算公开说明");
    }

    @Test
    void aChangedDocumentBecomesARevisionAndTheOldOneStaysViewable() {
        var outcome = importer.importText("kexie-2019-fixed.txt", TestDistrict.sample().replace("会议费、培训费均与上年持平", "会议费、培训费均与上年持平（修订）"), "test");
        try {
            navigate("department/" + kexie() + "?year=2019");
            Grid<DisclosureSummary> revisions = LocatorJ._get(Grid.class, spec -> spec.withId("revisions"));
            assertThat(GridKt._findAll(revisions)).extracting(DisclosureSummary::revision).contains(1, 2);
            DisclosureSummary old = GridKt._findAll(revisions).stream().filter(r -> !r.current()).findFirst().orElseThrow();
            navigate("department/" + kexie() + "?disclosure=" + old.id());
            assertThat(LocatorJ._find(com.vaadin.flow.component.html.Span.class).stream()
                    .anyMatch(s -> s.getText() != null && s.getText().contains("非当前版本"))).isTrue();
        } finally {
            // the original text again is a further revision; the district's figures stay those of the sample
            importer.importText("kexie-2019.txt", TestDistrict.sample(), "test");
            assertThat(outcome.failed()).isFalse();
        }
    }

    @Test
    void previousAndNextLeadThroughTheRegionsDepartments() {
        long kexie = kexie();
        long archives = department(TestDistrict.ARCHIVES).id();
        navigate("department/" + kexie);
        List<Anchor> next = LocatorJ._find(Anchor.class, spec -> spec.withId("next-department"));
        List<Anchor> previous = LocatorJ._find(Anchor.class, spec -> spec.withId("previous-department"));
        assertThat(next.size() + previous.size()).isEqualTo(1);
        Anchor link = next.isEmpty() ? previous.get(0) : next.get(0);
        assertThat(link.getHref()).startsWith("department/" + archives);
    }

    @Test
    void aThreePublicColumnSwitchesTheYear() {
        navigate("department/" + kexie() + "?year=2019");
        click(chart("department-three-public"), 1, 0, "2018");
        assertThat(currentLocation()).startsWith("department/" + kexie()).contains("year=2018");
    }

    @Test
    void anUnknownDepartmentSaysSo() {
        navigate("department/999999");
        LocatorJ._assertOne(NotFoundView.class); // a not-found page (HTTP 404 on a first request), with the view's words
        assertThat(LocatorJ._get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("not-found-message"))
                .getText()).isEqualTo("没有这个部门。");
    }
}
