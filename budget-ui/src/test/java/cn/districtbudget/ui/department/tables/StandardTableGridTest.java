package cn.districtbudget.ui.department.tables;

import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.core.finding.Severity;
import cn.districtbudget.core.tables.StandardTable;
import cn.districtbudget.core.tables.TableFinding;
import cn.districtbudget.core.tables.TableKind;
import cn.districtbudget.core.tables.TableReadResult;
import cn.districtbudget.core.tables.TableReader;
import cn.districtbudget.core.tables.TableRow;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One standard table as a grid, on tables read by core's {@link TableReader} from the real files. Every expected
 * cell is copied from {@code pdftotext -layout} of the file (page numbers are the PDF's), not from the reader.
 */
class StandardTableGridTest {

    static final Path REAL = Path.of("..", "budget-core", "src", "test", "resources", "real");
    static final String WANLI = "shanghai-putuo-wanli-street-2023-budget.pdf";
    static final String SOCIAL_WORK = "shanghai-putuo-social-work-dept-2024-final-accounts.pdf";

    static TableReadResult read(String file) {
        try {
            return TableReader.read(file, Files.readAllBytes(REAL.resolve(file)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static StandardTable table(TableReadResult result, TableKind kind) {
        return result.table(kind).orElseThrow();
    }

    static StandardTableGrid shown(TableReadResult result, TableKind kind) {
        StandardTable table = table(result, kind);
        StandardTableGrid grid = new StandardTableGrid(table, TableFindings.of(table, result.tables(), result.findings()));
        UI.getCurrent().add(grid);
        return grid;
    }

    /** What a cell shows: the text of its component. */
    static String cell(Grid<TableRow> grid, int row, String key) {
        return GridKt._getCellComponent(grid, row, key).getElement().getTextRecursively();
    }

    static Span span(Grid<TableRow> grid, int row, String key) {
        return (Span) GridKt._getCellComponent(grid, row, key);
    }

    static String figureKey(StandardTable table, int side, int nth) {
        return StandardTableGrid.key(table.columns(side).get(nth));
    }

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void codesAreIndentedByLevelAndFiguresShownExactlyAsPrinted() {
        // 万里街道 2023 收入预算总表 (pp. 11–14, 单位：元): 208 社会保障和就业支出 27,073,236 / 208 05 行政事业单位养老支出
        // 6,851,259 / 208 05 05 机关事业单位基本养老保险缴费支出 4,412,547 (its name wrapped over two lines)
        StandardTableGrid shown = shown(read(WANLI), TableKind.INCOME);
        Grid<TableRow> grid = shown.grid(0);
        assertThat(LocatorJ._get(shown, Span.class, spec -> spec.withClasses("table-unit")).getText()).isEqualTo("单位：元");
        List<TableRow> rows = GridKt._findAll(grid);
        int social = indexOfCode(rows, "208");
        int pensions = indexOfCode(rows, "20805");
        int contributions = indexOfCode(rows, "2080505");
        String total = figureKey(shown.table(), 0, 0);

        assertThat(cell(grid, social, "name")).isEqualTo("社会保障和就业支出");
        assertThat(cell(grid, social, total)).isEqualTo("27,073,236");
        assertThat(cell(grid, pensions, "name")).isEqualTo("行政事业单位养老支出");
        assertThat(cell(grid, pensions, total)).isEqualTo("6,851,259");
        assertThat(cell(grid, contributions, "name")).isEqualTo("机关事业单位基本养老保险缴费支出");
        assertThat(cell(grid, contributions, total)).isEqualTo("4,412,547");

        assertThat(span(grid, social, "code").getStyle().get("padding-left")).isEqualTo("0.0em"); // 类
        assertThat(span(grid, pensions, "code").getStyle().get("padding-left")).isEqualTo("1.5em"); // 款
        assertThat(span(grid, contributions, "code").getStyle().get("padding-left")).isEqualTo("3.0em"); // 项
        assertThat(grid.getColumnByKey(total).getTextAlign()).isEqualTo(ColumnTextAlign.END);
        assertThat(grid.getColumnByKey("code").getTextAlign()).isEqualTo(ColumnTextAlign.START);
    }

    @Test
    void aBlankCellStaysBlankAndEachTableShowsItsOwnUnit() {
        TableReadResult wanli = read(WANLI);
        // 收支预算总表 (p. 10, 单位：元): 一、财政拨款收入 164,978,640; 2. 政府性基金 left blank
        StandardTableGrid summary = shown(wanli, TableKind.SUMMARY);
        assertThat(summary.table().sideCount()).isEqualTo(2);
        Grid<TableRow> income = summary.grid(0);
        List<TableRow> rows = GridKt._findAll(income);
        String amount = figureKey(summary.table(), 0, 0);
        assertThat(cell(income, indexOfName(rows, "一、财政拨款收入"), amount)).isEqualTo("164,978,640");
        assertThat(cell(income, indexOfName(rows, "政府性基金"), amount)).isEmpty(); // not stated: not 0
        assertThat(LocatorJ._get(summary, Span.class, spec -> spec.withClasses("table-unit")).getText()).isEqualTo("单位：元");

        // “三公”经费支出表 (p. 28) in the same file has its own 单位：万元: 22.91, 因公出国(境)费 a printed 0, 接待 1.35
        StandardTableGrid three = shown(wanli, TableKind.THREE_PUBLIC);
        assertThat(LocatorJ._get(three, Span.class, spec -> spec.withClasses("table-unit")).getText()).isEqualTo("单位：万元");
        Grid<TableRow> grid = three.grid(0);
        List<String> figures = three.table().columns(0).stream().map(c -> cell(grid, 0, StandardTableGrid.key(c))).toList();
        assertThat(figures).containsExactly("22.91", "0", "1.35", "21.56", "0", "21.56", "786.09");
        assertThat(three.findings()).isEmpty();
        LocatorJ._assertNone(three, Button.class);
    }

    @Test
    void theCellOfAFindingIsMarkedAndItsLinkHighlightsIt() {
        // 社工部 2024 决算, 基本支出决算表 (p. 13, 单位：万元), two halves: 301 工资福利支出 95.36 | 302 商品和服务支出 10.23,
        // whose 款 add up to 10.22 (3.78 + 1.15 + 0.02 + 0.68 + 0.48 + 1.48 + 2.43 + 0.20): the reader reports the
        // document's 0.01 rounding as TBL-HIERARCHY (INFO) on the 302 cell
        StandardTableGrid shown = shown(read(SOCIAL_WORK), TableKind.BASIC_EXPENDITURE_FINAL);
        Grid<TableRow> personnel = shown.grid(0);
        Grid<TableRow> publicUse = shown.grid(1);
        String personnelAmount = figureKey(shown.table(), 0, 0);
        String publicAmount = figureKey(shown.table(), 1, 0);
        assertThat(cell(personnel, 0, "code") + " " + cell(personnel, 0, "name")).isEqualTo("301 工资福利支出");
        assertThat(cell(personnel, 0, personnelAmount)).isEqualTo("95.36");
        assertThat(cell(personnel, 3, "name") + " " + cell(personnel, 3, personnelAmount)).isEqualTo("奖金 0.00");
        assertThat(cell(publicUse, 0, "code") + " " + cell(publicUse, 0, "name")).isEqualTo("302 商品和服务支出");
        assertThat(cell(publicUse, 0, publicAmount)).isEqualTo("10.23");
        assertThat(cell(publicUse, 1, publicAmount)).isEqualTo("3.78");

        assertThat(shown.findings()).hasSize(1);
        TableFinding finding = shown.findings().get(0);
        assertThat(finding.rule()).isEqualTo("TBL-HIERARCHY");
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.message()).contains("302 商品和服务支出", "10.23万元", "10.22万元");

        Span marked = span(publicUse, 0, publicAmount);
        assertThat(marked.getClassNames()).contains("cell-finding", "cell-info").doesNotContain("cell-focused");
        assertThat(publicUse.getColumnByKey(publicAmount).getTooltipGenerator().apply(GridKt._get(publicUse, 0)))
                .contains("TBL-HIERARCHY", finding.message());
        assertThat(span(publicUse, 1, publicAmount).getClassNames()).doesNotContain("cell-finding");
        assertThat(span(personnel, 0, personnelAmount).getClassNames()).doesNotContain("cell-finding");
        assertThat(publicUse.getColumnByKey(publicAmount).getTooltipGenerator().apply(GridKt._get(publicUse, 1))).isNull();

        Button link = LocatorJ._get(shown, Button.class, spec -> spec.withClasses("table-finding-link"));
        assertThat(link.getText()).isEqualTo(finding.message());
        ButtonKt._click(link);

        CellPlace focused = shown.focused();
        assertThat(focused.row().code()).isEqualTo("302");
        assertThat(focused.column()).isEqualTo(shown.table().columns(1).get(0));
        assertThat(publicUse.asSingleSelect().getValue().code()).isEqualTo("302");
        assertThat(personnel.asSingleSelect().getValue()).isNull();
        assertThat(span(publicUse, 0, publicAmount).getClassNames()).contains("cell-focused", "cell-finding");
        assertThat(span(publicUse, 1, publicAmount).getClassNames()).doesNotContain("cell-focused");
    }

    static int indexOfCode(List<TableRow> rows, String code) {
        for (int i = 0; i < rows.size(); i++) {
            if (code.equals(rows.get(i).code())) {
                return i;
            }
        }
        throw new AssertionError("no row " + code);
    }

    static int indexOfName(List<TableRow> rows, String words) {
        for (int i = 0; i < rows.size(); i++) {
            String name = rows.get(i).name() == null ? "" : rows.get(i).name().replace(" ", "");
            if (name.contains(words.replace(" ", ""))) {
                return i;
            }
        }
        throw new AssertionError("no row " + words);
    }
}
