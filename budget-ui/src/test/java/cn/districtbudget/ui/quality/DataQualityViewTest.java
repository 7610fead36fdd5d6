package cn.districtbudget.ui.quality;

import cn.districtbudget.ui.testsupport.DistrictViewTest;
import cn.districtbudget.ui.testsupport.TestDistrict;

import cn.districtbudget.core.finding.Severity;
import cn.districtbudget.data.dashboard.FindingFilter;
import cn.districtbudget.data.dashboard.FindingRow;
import cn.districtbudget.ui.quality.DataQualityView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DataQualityViewTest extends DistrictViewTest {

    @Test
    void listsEveryFindingOfTheYearWithALinkToItsDepartment() {
        long expected = queries.countFindings(FindingFilter.region(regionId).withYear(2019));
        navigate("quality");
        LocatorJ._assertOne(DataQualityView.class);
        Grid<FindingRow> grid = LocatorJ._get(Grid.class, spec -> spec.withId("findings"));
        assertThat((long) GridKt._size(grid)).isEqualTo(expected).isPositive();
        FindingRow first = GridKt._get(grid, 0);
        Anchor link = (Anchor) GridKt._getCellComponent(grid, 0, columnKey(grid, 2));
        assertThat(link.getHref()).startsWith("department/" + first.departmentId()).contains("year=" + first.year());
    }

    @Test
    void theSeverityFilterLivesInTheUrl() {
        navigate("quality?year=all");
        Select<Severity> severity = LocatorJ._get(Select.class, spec -> spec.withId("filter-severity"));
        LocatorJ._setValue(severity, Severity.WARNING);
        assertThat(currentLocation()).contains("severity=WARNING").contains("year=all");
        List<FindingRow> rows = LocatorJ._find(Grid.class, spec -> spec.withId("findings")).stream()
                .flatMap(g -> GridKt._findAll((Grid<FindingRow>) g).stream()).toList();
        assertThat(rows).isNotEmpty().allMatch(r -> r.severity() == Severity.WARNING);
        assertThat((long) rows.size()).isEqualTo(queries.countFindings(FindingFilter.region(regionId).withSeverity(Severity.WARNING)));
    }

    @Test
    void aDepartmentFilterShowsOnlyThatDepartment() {
        long archives = department(TestDistrict.ARCHIVES).id();
        navigate("quality?year=all&department=" + archives);
        List<FindingRow> rows = LocatorJ._find(Grid.class, spec -> spec.withId("findings")).stream()
                .flatMap(g -> GridKt._findAll((Grid<FindingRow>) g).stream()).toList();
        assertThat(rows).isNotEmpty().allMatch(r -> r.departmentId() == archives);
    }
}
