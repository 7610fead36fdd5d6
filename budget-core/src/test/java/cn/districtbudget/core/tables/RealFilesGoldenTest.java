package cn.districtbudget.core.tables;

import static cn.districtbudget.core.tables.TableAsserts.assertNoErrors;
import static cn.districtbudget.core.tables.TableAsserts.figure;
import static cn.districtbudget.core.tables.TableAsserts.n;
import static cn.districtbudget.core.tables.TableAsserts.only;
import static cn.districtbudget.core.tables.TableAsserts.rowByCode;
import static cn.districtbudget.core.tables.TableAsserts.rowByName;
import static cn.districtbudget.core.tables.TableAsserts.table;
import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.core.money.Money;
import cn.districtbudget.core.money.MoneyUnit;
import cn.districtbudget.core.tables.check.TableChecker;
import cn.districtbudget.core.tables.check.TableOutcome;
import cn.districtbudget.core.tables.check.TableRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The six real files, figures checked by hand against {@code pdftotext -layout} of each file (page numbers are the
 * PDF's). Every expected figure below is copied from the printed table, not from the reader's output.
 */
class RealFilesGoldenTest {

    @Test
    void wanliStreet2023BudgetReadsItsNineTablesInYuanAndWanYuan() {
        TableReadResult r = RealFiles.read(RealFiles.WANLI);
        assertThat(r.tables()).extracting(StandardTable::kind).containsExactly(TableKind.SUMMARY, TableKind.INCOME,
                TableKind.EXPENDITURE, TableKind.FISCAL_SUMMARY, TableKind.GENERAL_PUBLIC_EXPENDITURE,
                TableKind.GOV_FUND_EXPENDITURE, TableKind.SOE_CAPITAL_EXPENDITURE, TableKind.BASIC_EXPENDITURE,
                TableKind.THREE_PUBLIC);
        assertNoErrors(r);

        StandardTable summary = table(r, TableKind.SUMMARY);
        assertThat(summary.unit()).isEqualTo(MoneyUnit.YUAN);
        assertThat(only(rowByName(summary, 0, "收入总计"))).isEqualByComparingTo("164978640");
        assertThat(only(rowByName(summary, 0, "一、财政拨款收入"))).isEqualByComparingTo("164978640");
        assertThat(only(rowByName(summary, 0, "2.政府性基金"))).isNull(); // blank cell: not stated, not 0
        assertThat(only(rowByName(summary, 1, "七、城乡社区支出"))).isEqualByComparingTo("121319878");
        assertThat(only(rowByName(summary, 1, "支出总计"))).isEqualByComparingTo("164978640");

        StandardTable income = table(r, TableKind.INCOME);
        TableRow pension = rowByCode(income, "2080505");
        assertThat(pension.name()).isEqualTo("机关事业单位基本养老保险缴费支出"); // wrapped over two lines (p.12)
        assertThat(figure(income, pension, Measure.TOTAL)).isEqualByComparingTo("4412547");
        assertThat(figure(income, pension, Measure.FISCAL)).isEqualByComparingTo("4412547");
        assertThat(income.codedRows(0)).hasSize(66); // 11 类 … over four pages (pp.11–14)

        StandardTable expenditure = table(r, TableKind.EXPENDITURE);
        TableRow total = expenditure.totalRow(0, null).orElseThrow();
        assertThat(figure(expenditure, total, Measure.TOTAL)).isEqualByComparingTo("164978640");
        assertThat(figure(expenditure, total, Measure.BASIC)).isEqualByComparingTo("99406297");
        assertThat(figure(expenditure, total, Measure.PROJECT)).isEqualByComparingTo("65572343");
        TableRow enforcement = rowByCode(expenditure, "2120104");
        assertThat(figure(expenditure, enforcement, Measure.BASIC)).isEqualByComparingTo("6905798");
        assertThat(enforcement.cell(expenditure.column(Measure.PROJECT).orElseThrow().index()).money())
                .isEqualTo(Money.ZERO); // a printed 0 is a stated zero

        StandardTable fiscal = table(r, TableKind.FISCAL_SUMMARY);
        TableRow culture = rowByName(fiscal, 1, "四、文化旅游体育与传媒支出"); // label wrapped around its figures
        assertThat(figure(fiscal, culture, Measure.TOTAL)).isEqualByComparingTo("200000");
        assertThat(figure(fiscal, culture, Measure.GENERAL_PUBLIC)).isEqualByComparingTo("200000");

        StandardTable gp = table(r, TableKind.GENERAL_PUBLIC_EXPENDITURE); // pp.20–23, header repeated per page
        TableRow housing = rowByCode(gp, "2210399");
        assertThat(figure(gp, housing, Measure.PROJECT)).isEqualByComparingTo("2177200");
        assertThat(housing.evidence().place()).isEqualTo("第23页");
        assertThat(gp.codedRows(0)).hasSize(66);

        assertThat(table(r, TableKind.GOV_FUND_EXPENDITURE).hasFigures()).isFalse();
        assertThat(table(r, TableKind.GOV_FUND_EXPENDITURE).emptyStatement()).contains("本表为空表");

        StandardTable basic = table(r, TableKind.BASIC_EXPENDITURE);
        TableRow basicTotal = basic.totalRow(0, null).orElseThrow();
        assertThat(figure(basic, basicTotal, Measure.PERSONNEL)).isEqualByComparingTo("84024865");
        assertThat(figure(basic, basicTotal, Measure.PUBLIC_USE)).isEqualByComparingTo("15381432");
        assertThat(figure(basic, rowByCode(basic, "30231"), Measure.TOTAL)).isEqualByComparingTo("215600");

        StandardTable three = table(r, TableKind.THREE_PUBLIC);
        assertThat(three.unit()).isEqualTo(MoneyUnit.WAN_YUAN); // its own 单位:万元 in a file of 元 tables
        TableRow row = three.rows().get(0);
        assertThat(figure(three, row, Measure.THREE_PUBLIC_TOTAL)).isEqualByComparingTo("22.91");
        assertThat(figure(three, row, Measure.ABROAD)).isEqualByComparingTo("0");
        assertThat(figure(three, row, Measure.RECEPTION)).isEqualByComparingTo("1.35");
        assertThat(figure(three, row, Measure.VEHICLE)).isEqualByComparingTo("21.56");
        assertThat(figure(three, row, Measure.VEHICLE_PURCHASE)).isEqualByComparingTo("0");
        assertThat(figure(three, row, Measure.VEHICLE_OPERATION)).isEqualByComparingTo("21.56");
        assertThat(figure(three, row, Measure.OPERATING_COSTS)).isEqualByComparingTo("786.09");
        assertThat(row.cell(0).money()).isEqualTo(Money.ofWan("22.91"));

        TableChecker.Report report = TableChecker.check(r.tables());
        for (TableRule rule : List.of(TableRule.ROW_SUM, TableRule.HIERARCHY, TableRule.SUMMARY_BALANCE,
                TableRule.BASIC_ECONOMIC, TableRule.THREE_PUBLIC_SUM, TableRule.CROSS_INCOME,
                TableRule.CROSS_EXPENDITURE, TableRule.CROSS_FISCAL, TableRule.CROSS_GENERAL_PUBLIC,
                TableRule.CROSS_BASIC)) {
            assertThat(report.outcome(rule).status()).as(rule.id()).isEqualTo(TableOutcome.Status.PASSED);
        }
        assertThat(r.figureCount()).isEqualTo(638);
    }

    @Test
    void socialWork2024FinalAccountsReadsNineFinalTables() {
        TableReadResult r = RealFiles.read(RealFiles.SOCIAL_WORK);
        assertThat(r.tables()).extracting(StandardTable::kind).containsExactly(TableKind.SUMMARY_FINAL,
                TableKind.INCOME_FINAL, TableKind.EXPENDITURE_FINAL, TableKind.FISCAL_SUMMARY_FINAL,
                TableKind.GENERAL_PUBLIC_EXPENDITURE_FINAL, TableKind.BASIC_EXPENDITURE_FINAL,
                TableKind.THREE_PUBLIC_FINAL, TableKind.GOV_FUND_FINAL, TableKind.SOE_CAPITAL_FINAL);
        assertNoErrors(r);
        assertThat(r.tables()).allMatch(t -> t.unit() == MoneyUnit.WAN_YUAN);

        StandardTable summary = table(r, TableKind.SUMMARY_FINAL);
        assertThat(only(rowByName(summary, 0, "本年收入合计"))).isEqualByComparingTo("307.82");
        assertThat(only(rowByName(summary, 1, "十九、住房保障支出"))).isEqualByComparingTo("29.42");

        StandardTable expenditure = table(r, TableKind.EXPENDITURE_FINAL);
        TableRow total = expenditure.totalRow(0, null).orElseThrow();
        assertThat(figure(expenditure, total, Measure.BASIC)).isEqualByComparingTo("105.58");
        assertThat(figure(expenditure, total, Measure.PROJECT)).isEqualByComparingTo("202.24");

        StandardTable gp = table(r, TableKind.GENERAL_PUBLIC_EXPENDITURE_FINAL);
        TableRow general = rowByCode(gp, "201");
        assertThat(general.name()).isEqualTo("一般公共服务支出"); // name wrapped above and below its code (p.12)
        assertThat(figure(gp, general, Measure.TOTAL)).isEqualByComparingTo("264.87");
        assertThat(figure(gp, rowByCode(gp, "2013901"), Measure.PROJECT)).isNull();

        StandardTable basic = table(r, TableKind.BASIC_EXPENDITURE_FINAL); // two halves side by side
        assertThat(basic.sideCount()).isEqualTo(2);
        assertThat(rowByCode(basic, "30108").name()).isEqualTo("机关事业单位基本养老保险缴费");
        assertThat(only(rowByCode(basic, "30108"))).isEqualByComparingTo("6.18");
        assertThat(only(rowByCode(basic, "302"))).isEqualByComparingTo("10.23");
        assertThat(rowByCode(basic, "302").side()).isEqualTo(1);
        assertThat(only(rowByName(basic, 0, "人员经费合计"))).isEqualByComparingTo("95.36");
        assertThat(only(rowByName(basic, 1, "公用经费合计"))).isEqualByComparingTo("10.23");

        StandardTable three = table(r, TableKind.THREE_PUBLIC_FINAL);
        assertThat(three.hasFigures()).isFalse();
        assertThat(three.emptyStatement()).contains("本表无数据");

        // the document's own rounding: 302 prints 10.23 while its 27 款 add up to 10.22 (p.13)
        assertThat(r.findings()).anyMatch(f -> f.rule().equals("TBL-HIERARCHY") && f.message().contains("10.23万元")
                && f.message().contains("10.22万元"));
        assertThat(r.figureCount()).isEqualTo(205);
    }

    @Test
    void cppccTablesReadsTwelveTablesAndTheThreePublicColumnsByTheirPlace() {
        TableReadResult r = RealFiles.read(RealFiles.CPPCC_TABLES);
        assertNoErrors(r);
        assertThat(r.tables()).extracting(StandardTable::kind).startsWith(TableKind.SUMMARY, TableKind.INCOME,
                TableKind.EXPENDITURE, TableKind.FISCAL_SUMMARY, TableKind.FISCAL_EXPENDITURE,
                TableKind.FISCAL_BASIC_EXPENDITURE, TableKind.GOV_FUND_EXPENDITURE,
                TableKind.GENERAL_PUBLIC_EXPENDITURE, TableKind.BASIC_EXPENDITURE, TableKind.OPERATING_COSTS,
                TableKind.THREE_PUBLIC, TableKind.PROCUREMENT);

        StandardTable summary = table(r, TableKind.SUMMARY);
        assertThat(summary.sideCount()).isEqualTo(3); // 收入 | 功能分类 | 支出用途
        assertThat(only(rowByName(summary, 0, "三、其他资金"))).isEqualByComparingTo("80.00");
        assertThat(only(rowByName(summary, 2, "当年支出小计"))).isEqualByComparingTo("9146.79");
        assertThat(only(rowByName(summary, 1, "八、社会保障和就业支出"))).isEqualByComparingTo("1509.72");

        StandardTable fiscal = table(r, TableKind.FISCAL_SUMMARY);
        assertThat(only(rowByName(fiscal, 0, "一、一般公共预算"))).isEqualByComparingTo("9066.79");
        assertThat(only(rowByName(fiscal, 1, "一、基本支出"))).isEqualByComparingTo("5836.27");

        StandardTable three = table(r, TableKind.THREE_PUBLIC);
        TableRow row = three.rows().get(0);
        assertThat(figure(three, row, Measure.TOTAL)).isEqualByComparingTo("1852.32"); // incl. 会议费, 培训费
        assertThat(figure(three, row, Measure.THREE_PUBLIC_TOTAL)).isEqualByComparingTo("676.10");
        assertThat(figure(three, row, Measure.ABROAD)).isEqualByComparingTo("76.00");
        assertThat(figure(three, row, Measure.VEHICLE)).isEqualByComparingTo("156.60");
        assertThat(figure(three, row, Measure.VEHICLE_OPERATION)).isEqualByComparingTo("156.60");
        assertThat(figure(three, row, Measure.RECEPTION)).isEqualByComparingTo("443.50");
        assertThat(figure(three, row, Measure.MEETING)).isEqualByComparingTo("1094.62");
        assertThat(figure(three, row, Measure.TRAINING)).isEqualByComparingTo("81.60");
        assertThat(TableChecker.check(r.tables()).outcome(TableRule.THREE_PUBLIC_SUM).status())
                .isEqualTo(TableOutcome.Status.PASSED);

        StandardTable fund = table(r, TableKind.GOV_FUND_EXPENDITURE);
        assertThat(fund.hasFigures()).isFalse();
        assertThat(fund.emptyStatement()).startsWith("注：我单位无2017年政府性基金支出安排");
        assertThat(figure(table(r, TableKind.BASIC_EXPENDITURE), rowByCode(table(r, TableKind.BASIC_EXPENDITURE), "30312"),
                Measure.AMOUNT)).isEqualByComparingTo("751.77");
        assertThat(r.figureCount()).isEqualTo(175); // = the money-shaped numbers pdftotext prints on pp.1–13
    }

    @Test
    void procuratorate2018BudgetReadsTablesAfterTheNarrative() {
        TableReadResult r = RealFiles.read(RealFiles.PROCURATORATE);
        assertNoErrors(r);
        assertThat(r.tables()).hasSize(12);
        assertThat(r.tables().get(0).evidence().place()).isEqualTo("第13页");
        StandardTable gp = table(r, TableKind.GENERAL_PUBLIC_EXPENDITURE);
        assertThat(figure(gp, rowByCode(gp, "2040405"), Measure.AMOUNT)).isEqualByComparingTo("1895.00"); // no separator
        assertThat(figure(gp, rowByCode(gp, "2040401"), Measure.AMOUNT)).isEqualByComparingTo("10883.36");
        StandardTable three = table(r, TableKind.THREE_PUBLIC); // title wrapped over two lines
        TableRow row = three.rows().get(0);
        assertThat(figure(three, row, Measure.THREE_PUBLIC_TOTAL)).isEqualByComparingTo("484.30");
        assertThat(figure(three, row, Measure.VEHICLE_OPERATION)).isEqualByComparingTo("267.80");
        assertThat(figure(three, row, Measure.TRAINING)).isEqualByComparingTo("700.00");
        StandardTable fund = table(r, TableKind.GOV_FUND_EXPENDITURE);
        assertThat(fund.hasFigures()).isFalse();
        assertThat(fund.emptyStatement()).isNotNull();
        StandardTable expenditure = table(r, TableKind.EXPENDITURE);
        TableRow only = expenditure.rows().get(0);
        assertThat(figure(expenditure, only, Measure.RESERVE)).isEqualByComparingTo("2388.04");
        assertThat(TableChecker.check(r.tables()).outcome(TableRule.CROSS_EXPENDITURE).status())
                .isEqualTo(TableOutcome.Status.PASSED);
        // numbers inside labels (空调机（总预算 20 万以下）, 2018 年度) are not figures; the 政府采购 table ends on
        // p.23 where the narrative (第三部分) begins: 190 money-shaped numbers on pp.13–22 + 4 on p.23
        assertThat(r.tables()).flatMap(StandardTable::rows).flatMap(TableRow::cells)
                .filteredOn(c -> c != null && !c.isBlank()).extracting(TableCell::raw)
                .allMatch(raw -> raw.matches("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?|-?\\d+\\.\\d+|0"));
        assertThat(r.figureCount()).isEqualTo(194);
    }

    @Test
    void narrativeOnlyPdfHasNoTables() {
        TableReadResult r = RealFiles.read(RealFiles.CPPCC_NARRATIVE);
        assertThat(r.tables()).isEmpty();
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void blankTemplateReadsAsATemplateWithNoFigures() {
        TableReadResult r = RealFiles.read(RealFiles.TEMPLATE);
        assertThat(r.blankTemplate()).isTrue();
        assertThat(r.figureCount()).isZero();
        assertThat(r.tables()).hasSize(9);
        assertThat(r.tables()).extracting(StandardTable::kind).contains(TableKind.SUMMARY, TableKind.THREE_PUBLIC,
                TableKind.BASIC_EXPENDITURE);
        assertThat(r.findings()).extracting(TableFinding::rule).containsExactly("TBL-TEMPLATE");
        assertThat(r.findings().get(0).message()).contains("空白模板");
    }
}
