package cn.districtbudget.ui.department.tables;

import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.core.tables.StandardTable;
import cn.districtbudget.core.tables.TableKind;
import cn.districtbudget.core.tables.TableReadResult;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A disclosure's tables: one collapsible part each, the grid built only when its part is opened. */
class DisclosureTablesSectionTest {

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void onePartPerTableAndAGridOnlyOnceAPartIsOpened() {
        TableReadResult wanli = StandardTableGridTest.read(StandardTableGridTest.WANLI);
        DisclosureTablesSection section = DisclosureTablesSection.of(wanli);
        UI.getCurrent().add(section);

        List<Details> parts = section.parts();
        assertThat(parts).hasSize(9); // the nine tables of the file (RealFilesGoldenTest)
        assertThat(parts.get(0).getSummaryText()).startsWith("2023年部门财务收支预算总表").contains("单位：元");
        assertThat(parts.get(8).getSummaryText()).contains("“三公”").contains("单位：万元").doesNotContain("个问题");
        assertThat(section.builtGrids()).isEmpty();
        assertThat(parts).allSatisfy(p -> assertThat(p.getContent().count()).isZero());

        parts.get(8).setOpened(true);
        assertThat(section.builtGrids()).hasSize(1);
        assertThat(section.builtGrids().get(0).table().kind()).isEqualTo(TableKind.THREE_PUBLIC);
        assertThat(parts.get(8).getContent().toList()).containsExactly(section.builtGrids().get(0));
        parts.get(8).setOpened(false);
        parts.get(8).setOpened(true);
        assertThat(section.builtGrids()).hasSize(1); // built once
        assertThat(parts.subList(0, 8)).allSatisfy(p -> assertThat(p.getContent().count()).isZero());
    }

    @Test
    void eachPartCountsItsOwnFindings() {
        TableReadResult social = StandardTableGridTest.read(StandardTableGridTest.SOCIAL_WORK);
        DisclosureTablesSection section = DisclosureTablesSection.of(social);
        List<StandardTable> tables = social.tables();
        int basic = tables.indexOf(social.table(TableKind.BASIC_EXPENDITURE_FINAL).orElseThrow());
        for (int i = 0; i < tables.size(); i++) {
            String summary = section.parts().get(i).getSummaryText();
            if (i == basic) {
                assertThat(summary).endsWith("1 个问题");
            } else {
                assertThat(summary).doesNotContain("个问题");
            }
        }
        LocatorJ._assertNone(section, Span.class, spec -> spec.withClasses("file-finding"));
    }

    @Test
    void aBlankTemplateSaysSoAndAFileWithoutTablesSaysThereAreNone() {
        TableReadResult template = StandardTableGridTest.read("shanghai-putuo-2026-budget-tables-template-blank.xlsx");
        assertThat(template.blankTemplate()).isTrue();
        DisclosureTablesSection section = DisclosureTablesSection.of(template);
        UI.getCurrent().add(section);
        assertThat(LocatorJ._get(section, Span.class, spec -> spec.withClasses("file-finding")).getText())
                .contains("TBL-TEMPLATE", "空白模板");

        DisclosureTablesSection narrative = DisclosureTablesSection.of(
                StandardTableGridTest.read("jiangsu-cppcc-office-2017-budget-narrative.pdf"));
        UI.getCurrent().add(narrative);
        assertThat(narrative.parts()).isEmpty();
        assertThat(LocatorJ._get(narrative, Span.class, spec -> spec.withClasses("no-tables")).getText()).isEqualTo("未读取到标准表。");
    }
}
