package cn.districtbudget.data.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.districtbudget.core.disclosure.Grade;
import cn.districtbudget.core.disclosure.Indicator;
import cn.districtbudget.core.grading.GradeResult;
import cn.districtbudget.data.dashboard.DashboardQueries;
import cn.districtbudget.data.dashboard.GradeCell;
import cn.districtbudget.data.dashboard.GradeMatrix;
import cn.districtbudget.data.dashboard.IndicatorGrade;
import cn.districtbudget.data.importing.DisclosureImporter;
import cn.districtbudget.data.importing.ImportOutcome;
import cn.districtbudget.data.support.DatabaseCleaner;
import cn.districtbudget.data.support.FixtureReadingPipeline;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Results storage, grading, locking, history and import on 丙区文旅局 2023 ({@link PerformanceFixture}). */
abstract class PerformanceContract {

    @Autowired
    PerformanceResults results;
    @Autowired
    DashboardQueries queries;
    @Autowired
    DisclosureImporter importer;
    @Autowired
    FixtureReadingPipeline pipeline;
    @Autowired
    JdbcTemplate jdbc;

    long department;
    long region;

    @BeforeEach
    void importTheDepartment() {
        DatabaseCleaner.clean(jdbc);
        pipeline.register("culture23", PerformanceFixture.culture(2023), List.of());
        ImportOutcome outcome = importer.importText("culture23.txt", "culture23", "测试");
        assertThat(outcome.failed()).as(outcome.reason()).isFalse();
        department = outcome.departmentId();
        region = jdbc.queryForObject("select region_id from department where id = ?", Long.class, department);
    }

    private ResultKey key(String activity, String name) {
        return new ResultKey(department, 2023, activity, name);
    }

    private int storedRows() {
        return jdbc.queryForObject("select count(*) from indicator_result", Integer.class);
    }

    @Test
    void everyIndicatorIsListedWithUnitAndMissingUntilEntered() {
        DepartmentYearResults year = results.results(department, 2023).orElseThrow();

        assertThat(year.departmentName()).isEqualTo("丙区文旅局");
        assertThat(year.indicators()).extracting(r -> r.key().activity() + "/" + r.key().indicatorName())
                .containsExactly(PerformanceFixture.WORK + "/完成率", PerformanceFixture.WORK + "/活动次数",
                        PerformanceFixture.WORK + "/覆盖率", PerformanceFixture.ADMIN + "/完成率",
                        PerformanceFixture.ADMIN + "/满意度");
        assertThat(year.indicators()).extracting(IndicatorResult::unit).containsExactly("%", "次", "%", "%", "%");
        assertThat(year.indicators()).allMatch(IndicatorResult::missing);
        assertThat(year.grade().missing()).isEqualTo(5);
        assertThat(year.grade().score()).isNull();
        assertThat(results.results(department, 2022)).isEmpty();
    }

    @Test
    void aSavedValueIsGradedWithItsOwnActivitysThresholdsAndEveryChangeIsKept() {
        IndicatorResult first = results.save(key(PerformanceFixture.ADMIN, "完成率"), "86", null, "张三");
        assertThat(((GradeResult.Graded) first.grade()).grade()).isEqualTo(Grade.FAIR);
        IndicatorResult second = results.save(key(PerformanceFixture.ADMIN, "完成率"), "９６％", first.version(), "李四");
        assertThat(((GradeResult.Graded) second.grade()).grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(second.version()).isGreaterThan(first.version());

        DepartmentYearResults year = results.results(department, 2023).orElseThrow();
        assertThat(year.indicators().get(0).missing()).as("完成率 of the other activity").isTrue();
        assertThat(year.indicators().get(3).value()).isEqualByComparingTo("96");
        assertThat(year.indicators().get(3).enteredBy()).isEqualTo("李四");

        List<ResultChange> history = results.history(key(PerformanceFixture.ADMIN, "完成率"));
        assertThat(history).extracting(ResultChange::changedBy).containsExactly("张三", "李四");
        assertThat(history.get(0).oldValue()).isNull();
        assertThat(history.get(0).newValue()).isEqualByComparingTo("86");
        assertThat(history.get(1).oldValue()).isEqualByComparingTo("86");
        assertThat(history.get(1).newValue()).isEqualByComparingTo("96");
        assertThat(history).extracting(ResultChange::newGrade).containsExactly("FAIR", "EXCELLENT");
        assertThat(history).extracting(ResultChange::source).containsOnly(ResultSource.ENTERED);
    }

    @Test
    void aConcurrentEditFailsWithAClearMessageAndKeepsTheOtherUsersValue() {
        IndicatorResult read = results.save(key(PerformanceFixture.WORK, "完成率"), "91", null, "张三");
        results.save(key(PerformanceFixture.WORK, "完成率"), "93", read.version(), "李四");

        assertThatThrownBy(() -> results.save(key(PerformanceFixture.WORK, "完成率"), "99", read.version(), "张三"))
                .isInstanceOf(ResultConflictException.class)
                .hasMessageContaining("李四").hasMessageContaining("93%").hasMessageContaining("您的修改未保存");
        assertThatThrownBy(() -> results.save(key(PerformanceFixture.WORK, "完成率"), "99", null, "王五"))
                .as("a first entry racing an existing one").isInstanceOf(ResultConflictException.class);

        DepartmentYearResults year = results.results(department, 2023).orElseThrow();
        assertThat(year.indicators().get(0).value()).isEqualByComparingTo("93");
        assertThat(results.history(key(PerformanceFixture.WORK, "完成率"))).hasSize(2);
    }

    @Test
    void badNumbersAreRejectedWithAMessageAndNothingIsStored() {
        assertThatThrownBy(() -> results.save(key(PerformanceFixture.WORK, "完成率"), "九十", null, "张三"))
                .isInstanceOf(InvalidResultValueException.class).hasMessage("“九十”不是数字");
        assertThatThrownBy(() -> results.save(key(PerformanceFixture.WORK, "完成率"), "96次", null, "张三"))
                .isInstanceOf(InvalidResultValueException.class).hasMessageContaining("单位“次”");
        assertThatThrownBy(() -> results.save(key(PerformanceFixture.WORK, "活动次数"), "7.5", null, "张三"))
                .isInstanceOf(InvalidResultValueException.class).hasMessageContaining("整数");
        assertThatThrownBy(() -> results.save(key(PerformanceFixture.WORK, "完成率"), "-3", null, "张三"))
                .isInstanceOf(InvalidResultValueException.class).hasMessageContaining("负数");
        assertThatThrownBy(() -> results.save(key(PerformanceFixture.WORK, "完成率"), "95.12345", null, "张三"))
                .isInstanceOf(InvalidResultValueException.class).hasMessageContaining("4位小数");
        assertThat(storedRows()).isZero();
    }

    @Test
    void theDepartmentGradeAveragesGradedResultsAndCountsUngradedAndMissingBeside() {
        results.save(key(PerformanceFixture.WORK, "完成率"), "96", null, "张三");    // 优 4
        results.save(key(PerformanceFixture.WORK, "活动次数"), "8", null, "张三");   // 良 3
        results.save(key(PerformanceFixture.WORK, "覆盖率"), "70", null, "张三");    // gap: 未评级
        results.save(key(PerformanceFixture.ADMIN, "完成率"), "50", null, "张三");   // 差 1
        // 满意度 missing

        DepartmentYearResults year = results.results(department, 2023).orElseThrow();
        assertThat(year.grade().counts()).containsEntry(Grade.EXCELLENT, 1).containsEntry(Grade.GOOD, 1)
                .containsEntry(Grade.FAIR, 0).containsEntry(Grade.POOR, 1);
        assertThat(year.grade().score()).isEqualByComparingTo("2.67");
        assertThat(year.grade().ungraded()).isEqualTo(1);
        assertThat(year.grade().missing()).isEqualTo(1);
        assertThat(year.indicators().get(2).grade()).isInstanceOf(GradeResult.Ungraded.class);

        GradeMatrix matrix = queries.gradeMatrix(region);
        GradeCell cell = matrix.cell(department, 2023).orElseThrow();
        assertThat(cell.indicatorCount()).isEqualTo(5);
        assertThat(cell.graded()).isEqualTo(3);
        assertThat(cell.ungraded()).isEqualTo(1);
        assertThat(cell.missing()).isEqualTo(1);
        assertThat(cell.score()).isEqualByComparingTo(year.grade().score());
        assertThat(cell.shares().get(Grade.POOR)).isEqualByComparingTo(year.grade().share(Grade.POOR));
        assertThat(cell.label()).isEqualTo("良");

        List<IndicatorGrade> grades = queries.indicatorGrades(department);
        assertThat(grades).extracting(IndicatorGrade::label).containsExactly("优", "良", "未评", "差", "未评");
        assertThat(grades.get(2).ungraded()).isTrue();
        assertThat(grades.get(4).ungraded()).as("missing is not ungraded").isFalse();
        assertThat(grades.get(3).actualValue()).isEqualByComparingTo("50");
    }

    @Test
    void aClearedValueCountsAsMissingAgain() {
        IndicatorResult saved = results.save(key(PerformanceFixture.ADMIN, "满意度"), "85", null, "张三");
        results.save(key(PerformanceFixture.ADMIN, "满意度"), " ", saved.version(), "张三");

        assertThat(results.results(department, 2023).orElseThrow().grade().missing()).isEqualTo(5);
        assertThat(queries.gradeMatrix(region).cell(department, 2023).orElseThrow().missing()).isEqualTo(5);
        assertThat(results.history(key(PerformanceFixture.ADMIN, "满意度")).get(1).newValue()).isNull();
    }

    static final String BAD_FILE = """
            部门编码或名称,年度,工作活动,指标名称,实际值
            201,2023,1、开展活动,完成率,96
            丙区 文旅局,2023年,,活动次数,8
            999,2023,,满意度,90
            201,二〇二三,,满意度,90
            201,2023,,不存在的指标,90
            201,2023,,完成率,90
            201,2023,,满意度,很好
            201,2023,1、开展活动,完成率,97
            201,2022,,满意度,90
            201,2023,,满意度,88
            """;

    @Test
    void bestEffortImportStoresTheGoodRowsAndReportsEachBadRowWithItsLineNumber() {
        ResultImportReport report = results.importFile(region, "results.csv", BAD_FILE.getBytes(StandardCharsets.UTF_8),
                ImportMode.BEST_EFFORT, "导入员");

        assertThat(report.rows()).isEqualTo(10);
        assertThat(report.stored()).isEqualTo(3);
        assertThat(report.rejected()).isFalse();
        assertThat(report.problems()).extracting(RowProblem::line).containsExactly(4, 5, 6, 7, 8, 9, 10);
        assertThat(report.problems().get(0).message()).contains("999");
        assertThat(report.problems().get(1).message()).contains("年度");
        assertThat(report.problems().get(2).message()).contains("不存在的指标");
        assertThat(report.problems().get(3).message()).contains("多个工作活动");
        assertThat(report.problems().get(4).message()).contains("不是数字");
        assertThat(report.problems().get(5).message()).contains("第2行");
        assertThat(report.problems().get(6).message()).contains("2022");

        DepartmentYearResults year = results.results(department, 2023).orElseThrow();
        assertThat(year.indicators()).extracting(IndicatorResult::value).map(v -> v == null ? null : v.stripTrailingZeros().toPlainString())
                .containsExactly("96", "8", null, null, "88");
        assertThat(results.history(key(PerformanceFixture.WORK, "活动次数")).get(0).source())
                .isEqualTo(ResultSource.IMPORTED);
    }

    @Test
    void allOrNothingImportStoresNothingWhenAnyRowIsBad() {
        ResultImportReport report = results.importFile(region, "results.csv", BAD_FILE.getBytes(StandardCharsets.UTF_8),
                ImportMode.ALL_OR_NOTHING, "导入员");

        assertThat(report.rejected()).isTrue();
        assertThat(report.stored()).isZero();
        assertThat(report.problems()).extracting(RowProblem::line).containsExactly(4, 5, 6, 7, 8, 9, 10);
        assertThat(storedRows()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from indicator_result_change", Integer.class)).isZero();
    }

    @Test
    void theXlsxTemplateFilledInImportsEveryIndicatorAndReimportingChangesNothing() throws Exception {
        byte[] template = results.template(TemplateFormat.XLSX, department, 2023);
        byte[] filled;
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(template));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("部门编码或名称");
            String[] values = {"96", "12", "90", "80", "70"};
            for (int r = 1; r <= 5; r++) {
                sheet.getRow(r).createCell(4).setCellValue(Double.parseDouble(values[r - 1]));
            }
            book.write(out);
            filled = out.toByteArray();
        }

        ResultImportReport report = results.importFile(region, "填报.xlsx", filled, ImportMode.ALL_OR_NOTHING, "导入员");
        assertThat(report.problems()).isEmpty();
        assertThat(report.stored()).isEqualTo(5);
        DepartmentYearResults year = results.results(department, 2023).orElseThrow();
        assertThat(year.indicators()).extracting(IndicatorResult::gradeLabel)
                .containsExactly("优", "优", "良", "未评级", "中");

        ResultImportReport again = results.importFile(region, "填报.xlsx", filled, ImportMode.BEST_EFFORT, "导入员");
        assertThat(again.stored()).isZero();
        assertThat(again.unchanged()).isEqualTo(5);
        assertThat(results.history(key(PerformanceFixture.WORK, "完成率"))).hasSize(1);
    }

    @Test
    void theCsvTemplateListsTheIndicatorsAndAnUnfilledOneReportsEveryRowEmpty() {
        byte[] template = results.template(TemplateFormat.CSV, department, 2023);
        String text = new String(template, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF部门编码或名称,年度,工作活动,指标名称,实际值");
        assertThat(text.lines()).hasSize(6);

        ResultImportReport report = results.importFile(region, "t.csv", template, ImportMode.BEST_EFFORT, "导入员");
        assertThat(report.problems()).extracting(RowProblem::line).containsExactly(2, 3, 4, 5, 6);
        assertThat(report.problems()).extracting(RowProblem::message).containsOnly("实际值为空");
        assertThat(new String(results.template(TemplateFormat.CSV, null, null), StandardCharsets.UTF_8).lines())
                .hasSize(1);
    }

    @Test
    void aCsvSavedByChineseExcelInGb18030IsRead() {
        String csv = "部门,年度,工作活动,指标名称,实际值\n丙区文旅局,2023,1、综合事务管理,满意度,91\n";
        ResultImportReport report = results.importFile(region, "gbk.csv", csv.getBytes(Charset.forName("GB18030")),
                ImportMode.BEST_EFFORT, "导入员");
        assertThat(report.problems()).isEmpty();
        assertThat(report.stored()).isEqualTo(1);
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRejectedAsAWhole() {
        assertThatThrownBy(() -> results.importFile(region, "x.csv", "名称,数值\n甲,1\n".getBytes(StandardCharsets.UTF_8),
                ImportMode.BEST_EFFORT, "导入员"))
                .isInstanceOf(ResultFileException.class).hasMessageContaining("年度").hasMessageContaining("实际值");
        assertThatThrownBy(() -> results.importFile(region, "x.xlsx", new byte[] {1, 2, 3}, ImportMode.BEST_EFFORT, "导入员"))
                .isInstanceOf(ResultFileException.class);
    }

    @Test
    void aNewRevisionRegradesStoredResultsWithItsThresholds() {
        results.save(key(PerformanceFixture.WORK, "完成率"), "92", null, "张三");
        assertThat(results.regrade(department, 2023)).isZero();
        pipeline.register("culture23-revised", PerformanceFixture.culture(2023,
                new Indicator("完成率", "≥99%", "≥95%", "≥90%", "<90%")), List.of());
        assertThat(importer.importText("culture23-revised.txt", "culture23-revised", "测试").status())
                .isEqualTo(cn.districtbudget.data.importing.ImportStatus.NEW_REVISION);

        assertThat(results.results(department, 2023).orElseThrow().indicators().get(0).gradeLabel()).isEqualTo("中");
        assertThat(queries.indicatorGrades(department).get(0).grade()).as("regraded by the import itself")
                .isEqualTo(Grade.FAIR);
        assertThat(results.regrade(department, 2023)).as("nothing left to regrade").isZero();
    }

    @Autowired
    DemoResults demoResults;

    @Test
    void demoResultsAreGradedByTheirOwnScaleWrittenOnceAndOnlyForDemoRegions() {
        assertThat(demoResults.generate()).as("not a demo region").isZero();
        jdbc.update("update region set demo = true where id = ?", region);
        results.save(key(PerformanceFixture.ADMIN, "满意度"), "75", null, "张三");

        int written = demoResults.generate();

        assertThat(written).isBetween(1, 4);
        assertThat(demoResults.generate()).as("second run").isZero();
        DepartmentYearResults year = results.results(department, 2023).orElseThrow();
        assertThat(year.indicators().get(4).value()).as("entered value kept").isEqualByComparingTo("75");
        assertThat(year.grade().missing() + year.grade().graded()).isEqualTo(5);
        assertThat(year.grade().ungraded()).isZero();
        List<String> stored = jdbc.queryForList("select coalesce(grade, 'NONE') from indicator_result "
                + "where source = 'DEMO' order by id", String.class);
        assertThat(stored).hasSize(written).doesNotContain("NONE");
        assertThat(results.history(key(PerformanceFixture.WORK, "活动次数"))).allSatisfy(c ->
                assertThat(c.source()).isEqualTo(ResultSource.DEMO));
    }
}
