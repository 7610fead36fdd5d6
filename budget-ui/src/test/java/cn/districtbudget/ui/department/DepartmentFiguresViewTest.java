package cn.districtbudget.ui.department;

import cn.districtbudget.ui.testsupport.DistrictViewTest;
import cn.districtbudget.ui.testsupport.TestDistrict;

import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.core.disclosure.StatedFigure;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Pre;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 公开数字及出处 on the department page: every stated figure of the sample with the file, line and words it came from. */
class DepartmentFiguresViewTest extends DistrictViewTest {

    @Test
    void everyStatedFigureIsListedWithItsLineAndExactWords() {
        navigate("department/" + department(TestDistrict.KEXIE).id() + "?year=2019");
        Grid<StatedFigure> figures = LocatorJ._get(Grid.class, spec -> spec.withId("stated-figures"));
        List<StatedFigure> rows = GridKt._findAll(figures);
        assertThat(rows).hasSizeGreaterThan(10);

        int threePublic = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).concept().key().equals("threePublic.total") && !rows.get(i).change()) {
                threePublic = i;
                break;
            }
        }
        assertThat(threePublic).as("the 三公 total is listed").isNotNegative();
        StatedFigure figure = rows.get(threePublic);
        List<String> lines = TestDistrict.sample().lines().toList();
        String line = lines.get(figure.evidence().line() - 1);
        assertThat(figure.evidence().words()).contains("1.14万元");
        assertThat(line).contains("1.14");
        List<String> cells = GridKt._getFormattedRow(figures, threePublic);
        assertThat(cells).contains("“三公”经费", "1.14万元", "万元");
        assertThat(cells).anySatisfy(c -> assertThat(c).contains("第" + figure.evidence().line() + "行"));
        assertThat(cells).anySatisfy(c -> assertThat(c).isEqualTo(figure.evidence().words()));
        assertThat(figures.getColumns().get(0).getTooltipGenerator()).isNotNull();
        assertThat(figures.getColumns().get(1).getTooltipGenerator().apply(figure))
                .contains("第" + figure.evidence().line() + "行：").endsWith(figure.evidence().words());
    }

    @Test
    void theOriginalTextIsNotShownBeforeThePanelIsOpened() {
        navigate("department/" + department(TestDistrict.KEXIE).id() + "?year=2019");
        Details original = LocatorJ._get(Details.class, spec -> spec.withId("original-text"));
        LocatorJ._assertNone(original, Pre.class);
        original.setOpened(true);
        assertThat(LocatorJ._get(original, Pre.class).getText()).startsWith("山海关区科学技术协会部门2019年部门预算公开说明");
    }
}
