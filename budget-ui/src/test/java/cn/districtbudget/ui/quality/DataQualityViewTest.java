package cn.districtbudget.ui.quality;

import cn.districtbudget.ui.testsupport.DistrictViewTest;
import cn.districtbudget.ui.testsupport.TestDistrict;

import cn.districtbudget.core.finding.Severity;
import cn.districtbudget.data.dashboard.FindingRow;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The findings of the test district, known by hand: each copy of the sample has 15 (in its threshold texts 7
 * GRD-GAP, 6 GRD-OVERLAP and 1 GRD-CONTRADICTION, all WARNING; and the INFO OPC-UNITEMISED: 1.8 万元 of its 9.3 万元
 * 机关运行经费 not itemised; core's SampleDisclosureCheckTest); 档案馆 2019 also states its “三公” rose by 0.31 万元
 * (TPE-RISE, WARNING). So 2019 has 15 + 16 = 31 findings, all years 14 + 14 + 15 = 43 WARNINGs, 档案馆 16.
 */
class DataQualityViewTest extends DistrictViewTest {

    private static List<FindingRow> rows() {
        return LocatorJ._find(Grid.class, spec -> spec.withId("findings")).stream()
                .flatMap(g -> GridKt._findAll((Grid<FindingRow>) g).stream()).toList();
    }

    private static Map<String, Long> byRule(List<FindingRow> rows) {
        return rows.stream().collect(Collectors.groupingBy(FindingRow::rule, TreeMap::new, Collectors.counting()));
    }

    @Test
    void listsEveryFindingOfTheYearWithALinkToItsDepartment() {
        navigate("quality");
        LocatorJ._assertOne(DataQualityView.class);
        Grid<FindingRow> grid = LocatorJ._get(Grid.class, spec -> spec.withId("findings"));
        assertThat(GridKt._size(grid)).isEqualTo(31);
        assertThat(byRule(rows())).containsExactly(entry("GRD-CONTRADICTION", 2L), entry("GRD-GAP", 14L),
                entry("GRD-OVERLAP", 12L), entry("OPC-UNITEMISED", 2L), entry("TPE-RISE", 1L));
        assertThat(rows()).extracting(FindingRow::year).containsOnly(2019);
        FindingRow first = GridKt._get(grid, 0);
        Anchor link = (Anchor) GridKt._getCellComponent(grid, 0, columnKey(grid, 2));
        assertThat(link.getHref()).startsWith("department/" + first.departmentId()).contains("year=2019");
        assertThat(link.getText()).isEqualTo(first.departmentName()).isIn(TestDistrict.KEXIE, TestDistrict.ARCHIVES);
    }

    @Test
    void theSeverityFilterLivesInTheUrl() {
        navigate("quality?year=all");
        Select<Severity> severity = LocatorJ._get(Select.class, spec -> spec.withId("filter-severity"));
        LocatorJ._setValue(severity, Severity.WARNING);
        assertThat(currentLocation()).contains("severity=WARNING").contains("year=all");
        List<FindingRow> rows = rows();
        assertThat(rows).hasSize(43).allMatch(r -> r.severity() == Severity.WARNING);
        assertThat(byRule(rows)).containsExactly(entry("GRD-CONTRADICTION", 3L), entry("GRD-GAP", 21L),
                entry("GRD-OVERLAP", 18L), entry("TPE-RISE", 1L));
    }

    @Test
    void aDepartmentFilterShowsOnlyThatDepartment() {
        long archives = department(TestDistrict.ARCHIVES).id();
        navigate("quality?year=all&department=" + archives);
        List<FindingRow> rows = rows();
        assertThat(rows).hasSize(16).allMatch(r -> r.departmentId() == archives);
        assertThat(rows).extracting(FindingRow::rule).contains("TPE-RISE", "OPC-UNITEMISED");
    }
}
