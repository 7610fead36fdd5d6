package cn.districtbudget.ui.department;

import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.core.disclosure.StatedFigure;
import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.tables.StandardTable;
import cn.districtbudget.core.tables.TableKind;
import cn.districtbudget.core.tables.TableRow;
import cn.districtbudget.data.importing.DisclosureImporter;
import cn.districtbudget.data.importing.DocumentSource;
import cn.districtbudget.data.importing.ImportOptions;
import cn.districtbudget.data.importing.ImportOutcome;
import cn.districtbudget.ui.department.tables.DisclosureTablesSection;
import cn.districtbudget.ui.department.tables.StandardTableGrid;
import cn.districtbudget.ui.testsupport.KaribuTest;
import cn.districtbudget.ui.testsupport.TestDistrict;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 标准表 on the department page, for disclosures imported from real PDFs: the Jiangsu narrative + tables pair as one
 * set, and the Shanghai final account (narrative and tables in one file). Every expected cell is copied from
 * {@code pdftotext -layout} of the file, not from the reader.
 */
class DepartmentTablesViewTest extends KaribuTest {

    static final Path REAL = Path.of("..", "budget-core", "src", "test", "resources", "real");
    static final String NARRATIVE = "jiangsu-cppcc-office-2017-budget-narrative.pdf";
    static final String TABLES = "jiangsu-cppcc-office-2017-budget-tables.pdf";
    static final String SOCIAL_WORK = "shanghai-putuo-social-work-dept-2024-final-accounts.pdf";

    @Autowired
    DisclosureImporter importer;

    private long importPair() {
        ImportOutcome outcome = importer.importSet(List.of(DocumentSource.file(REAL.resolve(NARRATIVE)),
                DocumentSource.file(REAL.resolve(TABLES))), "test", ImportOptions.PLAIN);
        assertThat(outcome.status().name()).isIn("STORED", "UNCHANGED");
        return outcome.departmentId();
    }

    private static DisclosureTablesSection section() {
        return LocatorJ._get(DisclosureTablesSection.class, spec -> spec.withId("standard-tables"));
    }

    private static Details part(DisclosureTablesSection section, TableKind kind) {
        return section.parts().stream().filter(p -> p.getSummaryText().startsWith(kindTitle(kind))).findFirst()
                .orElseThrow(() -> new AssertionError("no part for " + kind));
    }

    private static String kindTitle(TableKind kind) {
        return switch (kind) {
            case SUMMARY -> "收支预算总表";
            case THREE_PUBLIC -> "“三公”经费";
            case BASIC_EXPENDITURE_FINAL -> "一般公共预算财政拨款基本支出决算表";
            default -> throw new IllegalArgumentException(String.valueOf(kind));
        };
    }

    /** The text shown in the row named {@code name} (any side) under the {@code nth} column of figures of its side. */
    private static String cell(StandardTableGrid shown, String name, int nth) {
        StandardTable table = shown.table();
        for (int side = 0; side < Math.max(1, table.sideCount()); side++) {
            Grid<TableRow> grid = shown.grid(side);
            List<TableRow> rows = GridKt._findAll(grid);
            for (int i = 0; i < rows.size(); i++) {
                if (name.equals(rows.get(i).name())) {
                    String key = StandardTableGrid.key(table.columns(side).get(nth));
                    return GridKt._getCellComponent(grid, i, key).getElement().getTextRecursively();
                }
            }
        }
        throw new AssertionError("no row " + name + " in " + table.describe());
    }

    private static StandardTableGrid open(Details part) {
        part.setOpened(true);
        return LocatorJ._get(part, StandardTableGrid.class);
    }

    @Test
    void thePairShowsItsThirteenTablesEachGridBuiltOnlyWhenOpenedWithTheCellsAsPrinted() {
        cn.districtbudget.ui.shell.Routes.navigate("department/" + importPair() + "?year=2017");
        DisclosureTablesSection section = section();
        assertThat(section.parts()).hasSize(13);
        assertThat(section.builtGrids()).isEmpty();
        assertThat(LocatorJ._get(Span.class, spec -> spec.withId("standard-tables-source")).getText())
                .contains("共 13 张表", TABLES).doesNotContain(NARRATIVE);

        StandardTableGrid summary = open(part(section, TableKind.SUMMARY));
        assertThat(section.builtGrids()).containsExactly(summary);
        assertThat(summary.getElement().getTextRecursively()).startsWith("单位：万元");
        assertThat(cell(summary, "一、财政拨款", 0)).isEqualTo("9,066.79");
        assertThat(cell(summary, "三、其他资金", 0)).isEqualTo("80.00");
        assertThat(cell(summary, "八、社会保障和就业支出", 0)).isEqualTo("1,509.72");
        assertThat(cell(summary, "十八、住房保障支出", 0)).isEqualTo("1,093.52");
        assertThat(cell(summary, "三、单位预留机动经费", 0)).isEqualTo("106.84");
        assertThat(cell(summary, "二、外交支出", 0)).isEmpty(); // blank stays blank, not 0

        StandardTableGrid threePublic = open(part(section, TableKind.THREE_PUBLIC));
        List<String> shown = threePublic.table().columns(0).stream().map(c -> GridKt._getCellComponent(
                threePublic.grid(0), 0, StandardTableGrid.key(c)).getElement().getTextRecursively()).toList();
        // the printed 公务用车购置费 column is blank and core's reader keeps no column for it (reported to the lead)
        assertThat(threePublic.table().columns(0).stream().map(c -> c.fullLabel()).toList()).containsExactly("合计",
                "小计", "因公出国（境）费", "公务用车购置及运行维护费/小计", "公务用车购置及运行维护费/公务用车运行维护费",
                "公务接待费", "会议费", "培训费");
        assertThat(shown).containsExactly("1,852.32", "676.10", "76.00", "156.60", "156.60", "443.50", "1,094.62",
                "81.60");
        assertThat(section.builtGrids()).hasSize(2);
    }

    @Test
    void figuresReadFromTablesNameTheirFileAndTableNotALineZero() {
        cn.districtbudget.ui.shell.Routes.navigate("department/" + importPair() + "?year=2017");
        Grid<StatedFigure> figures = LocatorJ._get(Grid.class, spec -> spec.withId("stated-figures"));
        List<StatedFigure> rows = GridKt._findAll(figures);
        int place = figures.getColumns().stream().filter(Grid.Column::isVisible).toList()
                .indexOf(figures.getColumnByKey("place")); // the formatted row has the visible columns
        List<String> fromText = new java.util.ArrayList<>();
        List<String> fromTables = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String where = GridKt._getFormattedRow(figures, i).get(place);
            assertThat(where).doesNotContain("第0行");
            (rows.get(i).evidence().line() == 0 ? fromTables : fromText).add(where);
        }
        assertThat(fromText).isNotEmpty().allSatisfy(w -> assertThat(w).startsWith(NARRATIVE + " 第").endsWith("行"));
        assertThat(fromTables).isNotEmpty().allSatisfy(w -> assertThat(w).startsWith(TABLES + " 《"));
        // the stored place (V9): table, page, row and column of the cell (收支预算总表, page 1: 当年收入小计 9,146.79)
        assertThat(fromTables).contains(TABLES + " 《收支预算总表》 第1页 第6行 第1列");
    }

    @Test
    void aMarkedCellCarriesItsFindingAndThePageFindingLinksToIt() {
        ImportOutcome outcome = importer.importDocument(DocumentSource.file(REAL.resolve(SOCIAL_WORK)), "test",
                ImportOptions.PLAIN);
        cn.districtbudget.ui.shell.Routes.navigate("department/" + outcome.departmentId() + "?kind=FINAL_ACCOUNTS");
        DisclosureTablesSection section = section();
        Details basic = part(section, TableKind.BASIC_EXPENDITURE_FINAL);
        assertThat(basic.getSummaryText()).endsWith("1 个问题");
        assertThat(basic.isOpened()).isFalse();

        Grid<Finding> findings = LocatorJ._get(Grid.class, spec -> spec.withId("department-findings"));
        Finding hierarchy = GridKt._findAll(findings).stream().filter(f -> f.rule().equals("TBL-HIERARCHY"))
                .findFirst().orElseThrow();
        int index = GridKt._findAll(findings).indexOf(hierarchy);
        Button link = (Button) GridKt._getCellComponent(findings, index, "table-link");
        assertThat(link.getText()).isEqualTo("定位到表格");
        link.click();

        assertThat(basic.isOpened()).isTrue();
        StandardTableGrid grid = LocatorJ._get(basic, StandardTableGrid.class);
        assertThat(grid.focused()).isNotNull();
        assertThat(grid.focused().row().code()).isEqualTo("302");
        assertThat(grid.focused().row().name()).isEqualTo("商品和服务支出");
        assertThat(grid.focused().column().label()).isEqualTo("决算数");
        assertThat(cell(grid, "商品和服务支出", 0)).isEqualTo("10.23");
        int side = grid.focused().row().side();
        int row = GridKt._findAll(grid.grid(side)).indexOf(grid.focused().row());
        Span marked = (Span) GridKt._getCellComponent(grid.grid(side), row, StandardTableGrid.key(grid.focused().column()));
        assertThat(marked.getClassNames()).contains("cell-finding", "cell-info", "cell-focused");
        assertThat(grid.grid(side).getColumnByKey(StandardTableGrid.key(grid.focused().column()))
                .getTooltipGenerator().apply(grid.focused().row())).contains("TBL-HIERARCHY", "10.23万元", "10.22万元");

        // a finding of the text has no cell: no link
        for (int i = 0; i < GridKt._findAll(findings).size(); i++) {
            if (!GridKt._get(findings, i).rule().startsWith("TBL-")) {
                assertThat(GridKt._getCellComponent(findings, i, "table-link")).isNotInstanceOf(Button.class);
            }
        }
    }

    @Test
    void aFinalAccountShowsItsRevenueByTheTemplatesSourcesNotTheSamplesEmptyOnes() {
        ImportOutcome outcome = importer.importDocument(DocumentSource.file(REAL.resolve(SOCIAL_WORK)), "test",
                ImportOptions.PLAIN);
        cn.districtbudget.ui.shell.Routes.navigate("department/" + outcome.departmentId() + "?kind=FINAL_ACCOUNTS");
        Grid<FigureRow> revenue = LocatorJ._get(Grid.class, spec -> spec.withId("revenue-table"));
        // the file's 收入决算表: 本年收入合计 307.82, all of it 财政拨款收入; no other source stated
        assertThat(GridKt._findAll(revenue)).extracting(FigureRow::label)
                .startsWith("本年收入合计", "财政拨款收入").doesNotContain("其他来源收入", "基金预算收入");
        assertThat(GridKt._getFormattedRow(revenue, 0)).contains("307.82");
        assertThat(GridKt._getFormattedRow(revenue, 1)).contains("307.82");
        com.fasterxml.jackson.databind.node.ObjectNode donut = LocatorJ._get(cn.districtbudget.ui.chart.ApexChart.class,
                spec -> spec.withId("department-revenue")).getOptions();
        assertThat(donut.at("/labels/0").asText()).isEqualTo("财政拨款收入");
        assertThat(donut.at("/plotOptions/pie/donut/labels/total/show").asBoolean()).isTrue();
    }

    @Test
    void aTextWithoutTablesHasNoTablesPanel() {
        ImportOutcome outcome = importer.importText("kexie-2019.txt", TestDistrict.sample(), "test");
        cn.districtbudget.ui.shell.Routes.navigate("department/" + outcome.departmentId() + "?year=2019");
        LocatorJ._assertNone(DisclosureTablesSection.class);
        LocatorJ._assertOne(Grid.class, spec -> spec.withId("stated-figures"));
        assertThat(LocatorJ._get(Grid.class, spec -> spec.withId("department-findings")).getColumnByKey("table-link"))
                .isNull();
    }
}
