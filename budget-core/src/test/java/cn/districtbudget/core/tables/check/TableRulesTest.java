package cn.districtbudget.core.tables.check;

import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.core.finding.Severity;
import cn.districtbudget.core.money.MoneyUnit;
import cn.districtbudget.core.tables.Measure;
import cn.districtbudget.core.tables.StandardTable;
import cn.districtbudget.core.tables.TableFinding;
import cn.districtbudget.core.tables.TableKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One broken example per rule (the failure quotes its figures, table and row), and what is not checkable. */
class TableRulesTest {

    private static TableOutcome outcome(TableRule rule, StandardTable... tables) {
        return TableChecker.check(List.of(tables)).outcome(rule);
    }

    private static TableFinding onlyFailure(TableOutcome o) {
        assertThat(o.status()).isEqualTo(TableOutcome.Status.FAILED);
        assertThat(o.findings()).hasSize(1);
        return o.findings().get(0);
    }

    private static Built expenditure(String total, String basic, String project) {
        return Built.table(TableKind.EXPENDITURE, MoneyUnit.YUAN)
                .column(0, "合计", Measure.TOTAL).column(0, "基本支出", Measure.BASIC).column(0, "项目支出", Measure.PROJECT)
                .row(0, "201", "一般公共服务支出", total, basic, project)
                .row(0, "20101", "人大事务", total, basic, project)
                .row(0, null, "合计", total, basic, project);
    }

    @Test
    void rowSumBrokenQuotesTheRowAndFigures() {
        TableOutcome o = outcome(TableRule.ROW_SUM, expenditure("100", "60", "30").build());
        assertThat(o.status()).isEqualTo(TableOutcome.Status.FAILED);
        assertThat(o.findings()).hasSize(3); // each of the three rows
        TableFinding f = o.findings().get(0);
        assertThat(f.rule()).isEqualTo("TBL-ROW-SUM");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message()).contains("《支出预算总表》").contains("201 一般公共服务支出").contains("100元")
                .contains("基本支出60元").contains("项目支出30元").contains("相差10元");
        assertThat(f.evidence().row()).isEqualTo(1);
        assertThat(outcome(TableRule.ROW_SUM, expenditure("100", "60", "40").build()).status())
                .isEqualTo(TableOutcome.Status.PASSED);
    }

    @Test
    void rowSumWithBlankPartsIsInsufficientNotPassed() {
        StandardTable t = expenditure("100", null, null).build();
        assertThat(outcome(TableRule.ROW_SUM, t).status()).isEqualTo(TableOutcome.Status.INSUFFICIENT_DATA);
    }

    @Test
    void hierarchyBrokenNamesTheParentAndItsChildren() {
        StandardTable t = Built.table(TableKind.GENERAL_PUBLIC_EXPENDITURE, MoneyUnit.WAN_YUAN)
                .column(0, "合计", Measure.TOTAL)
                .row(0, "208", "社会保障和就业支出", "30.00")
                .row(0, "20805", "行政事业单位养老支出", "20.00")
                .row(0, "2080505", "机关事业单位基本养老保险缴费支出", "12.00")
                .row(0, "2080506", "机关事业单位职业年金缴费支出", "6.00")
                .row(0, "20899", "其他社会保障和就业支出", "10.00")
                .row(0, null, "合计", "30.00").build();
        TableFinding f = onlyFailure(outcome(TableRule.HIERARCHY, t));
        assertThat(f.message()).contains("20805 行政事业单位养老支出").contains("20.00万元").contains("其下2个项之和18万元");
    }

    @Test
    void hierarchyRoundingWithinHalfAUnitPerPartIsOnlyNoted() {
        StandardTable t = Built.table(TableKind.GENERAL_PUBLIC_EXPENDITURE, MoneyUnit.WAN_YUAN)
                .column(0, "合计", Measure.TOTAL)
                .row(0, "302", "商品和服务支出", "10.23")
                .row(0, "30201", "办公费", "5.11")
                .row(0, "30202", "印刷费", "5.11").build();
        TableOutcome o = outcome(TableRule.HIERARCHY, t);
        assertThat(o.status()).isEqualTo(TableOutcome.Status.PASSED);
        assertThat(o.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("尾差");
        });
    }

    private static Built summary(String income, String expenditure) {
        return Built.table(TableKind.SUMMARY, MoneyUnit.YUAN)
                .column(0, "预算数", Measure.AMOUNT).column(1, "预算数", Measure.AMOUNT)
                .row(0, null, "一、财政拨款收入", income)
                .row(0, null, "收入总计", income)
                .row(1, null, "一、一般公共服务支出", null, expenditure)
                .row(1, null, "支出总计", null, expenditure);
    }

    @Test
    void summaryBalanceBroken() {
        TableFinding f = onlyFailure(outcome(TableRule.SUMMARY_BALANCE, summary("100", "90").build()));
        assertThat(f.message()).contains("“收入总计”100元≠“支出总计”90元");
    }

    @Test
    void summaryCarryOversBroken() {
        StandardTable t = Built.table(TableKind.SUMMARY_FINAL, MoneyUnit.WAN_YUAN)
                .column(0, "决算数", Measure.AMOUNT).column(1, "决算数", Measure.AMOUNT)
                .row(0, null, "本年收入合计", "300.00")
                .row(0, null, "年初结转和结余", "7.82")
                .row(0, null, "总计", "307.82")
                .row(1, null, "本年支出合计", null, "300.00")
                .row(1, null, "年末结转和结余", null, "5.00")
                .row(1, null, "总计", null, "307.82").build();
        TableFinding f = onlyFailure(outcome(TableRule.SUMMARY_BALANCE, t));
        assertThat(f.message()).contains("“总计”307.82万元≠“本年支出合计”300万元+“年末结转和结余”5万元");
    }

    private static Built basic(String personnel, String publicUse) {
        return Built.table(TableKind.BASIC_EXPENDITURE, MoneyUnit.YUAN)
                .column(0, "合计", Measure.TOTAL).column(0, "人员经费", Measure.PERSONNEL).column(0, "公用经费", Measure.PUBLIC_USE)
                .row(0, "301", "工资福利支出", "800", "800", null)
                .row(0, "302", "商品和服务支出", "150", null, "150")
                .row(0, "303", "对个人和家庭的补助", "50", "50", null)
                .row(0, null, "合计", "1000", personnel, publicUse);
    }

    @Test
    void basicEconomicBrokenQuotesThePersonnelClasses() {
        TableOutcome o = outcome(TableRule.BASIC_ECONOMIC, basic("800", "200").build());
        assertThat(o.status()).isEqualTo(TableOutcome.Status.FAILED);
        assertThat(o.findings()).extracting(TableFinding::message)
                .anySatisfy(m -> assertThat(m).contains("人员经费800元≠301工资福利支出+303对个人和家庭的补助850元"))
                .anySatisfy(m -> assertThat(m).contains("公用经费200元≠302商品和服务支出"));
        assertThat(outcome(TableRule.BASIC_ECONOMIC, basic("850", "150").build()).status())
                .isEqualTo(TableOutcome.Status.PASSED);
    }

    private static Built three(String total, String abroad, String vehicle, String purchase, String operation,
                               String reception, String meeting) {
        return Built.table(TableKind.THREE_PUBLIC, MoneyUnit.WAN_YUAN)
                .column(0, "合计", Measure.THREE_PUBLIC_TOTAL).column(0, "因公出国（境）费", Measure.ABROAD)
                .column(0, "小计", Measure.VEHICLE).column(0, "购置费", Measure.VEHICLE_PURCHASE)
                .column(0, "运行费", Measure.VEHICLE_OPERATION).column(0, "公务接待费", Measure.RECEPTION)
                .column(0, "会议费", Measure.MEETING)
                .row(0, null, "", total, abroad, vehicle, purchase, operation, reception, meeting);
    }

    @Test
    void threePublicCountingTheMeetingCostsIsBroken() {
        // 合计 26.91 = 出国 0 + 车 21.56 + 接待 1.35 + 会议费 4.00: the meeting costs are not “三公”
        TableFinding f = onlyFailure(outcome(TableRule.THREE_PUBLIC_SUM,
                three("26.91", "0", "21.56", "0", "21.56", "1.35", "4.00").build()));
        assertThat(f.message()).contains("“三公”经费合计26.91万元≠因公出国（境）费0万元+公务用车购置及运行费21.56万元+公务接待费1.35万元")
                .contains("会议费、培训费不计入");
        assertThat(outcome(TableRule.THREE_PUBLIC_SUM, three("22.91", "0", "21.56", "0", "21.56", "1.35", "4.00").build())
                .status()).isEqualTo(TableOutcome.Status.PASSED);
    }

    @Test
    void threePublicVehiclePartsBroken() {
        TableFinding f = onlyFailure(outcome(TableRule.THREE_PUBLIC_SUM,
                three("22.91", "0", "21.56", "1.00", "21.56", "1.35", null).build()));
        assertThat(f.message()).contains("公务用车购置及运行费21.56万元≠购置费1万元+运行费21.56万元");
    }

    @Test
    void crossTablesBrokenAcrossUnits() {
        StandardTable s = summary("164978640", "164978640").build();
        StandardTable income = Built.table(TableKind.INCOME, MoneyUnit.WAN_YUAN).column(0, "合计", Measure.TOTAL)
                .row(0, null, "合计", "16497.80").build(); // 164,978,000元: 640元 apart, more than rounding
        TableFinding f = onlyFailure(outcome(TableRule.CROSS_INCOME, s, income));
        assertThat(f.message()).contains("《收支预算总表》“收入总计”164978640元≠《收入预算总表》“合计/合计”16497.8万元");
        StandardTable rounded = Built.table(TableKind.INCOME, MoneyUnit.WAN_YUAN).column(0, "合计", Measure.TOTAL)
                .row(0, null, "合计", "16497.86").build(); // the 万元 table's rounding of the same figure
        assertThat(outcome(TableRule.CROSS_INCOME, s, rounded).status()).isEqualTo(TableOutcome.Status.PASSED);
    }

    @Test
    void crossTablesEachIdentityBroken() {
        StandardTable s = summary("1000", "1000").build();
        StandardTable expenditure = expenditure("900", "600", "300").build();
        StandardTable fiscal = Built.table(TableKind.FISCAL_SUMMARY, MoneyUnit.YUAN)
                .column(0, "预算数", Measure.AMOUNT).column(1, "合计", Measure.TOTAL)
                .row(0, null, "一、一般公共预算资金", "950").row(0, null, "收入总计", "950")
                .row(1, null, "支出总计", null, "950").build();
        StandardTable gp = Built.table(TableKind.GENERAL_PUBLIC_EXPENDITURE, MoneyUnit.YUAN)
                .column(0, "合计", Measure.TOTAL).column(0, "基本支出", Measure.BASIC).column(0, "项目支出", Measure.PROJECT)
                .row(0, null, "合计", "940", "640", "300").build();
        StandardTable basicTable = basic("850", "150").build();
        List<StandardTable> all = List.of(s, expenditure, fiscal, gp, basicTable);
        TableChecker.Report report = TableChecker.check(all);
        assertThat(onlyFailure(report.outcome(TableRule.CROSS_EXPENDITURE)).message()).contains("1000元").contains("900元");
        assertThat(onlyFailure(report.outcome(TableRule.CROSS_FISCAL)).message()).contains("一、财政拨款收入").contains("950元");
        assertThat(onlyFailure(report.outcome(TableRule.CROSS_GENERAL_PUBLIC)).message()).contains("950元").contains("940元");
        assertThat(onlyFailure(report.outcome(TableRule.CROSS_BASIC)).message()).contains("640元").contains("1000元");
        assertThat(report.outcome(TableRule.CROSS_INCOME).status()).isEqualTo(TableOutcome.Status.NOT_APPLICABLE);
    }

    @Test
    void crossTableWithoutTheTotalIsInsufficient() {
        StandardTable s = summary("1000", "1000").build();
        StandardTable noTotal = Built.table(TableKind.EXPENDITURE, MoneyUnit.YUAN).column(0, "合计", Measure.TOTAL)
                .row(0, "201", "一般公共服务支出", "600").row(0, "208", "社会保障和就业支出", "400").build();
        assertThat(outcome(TableRule.CROSS_EXPENDITURE, s, noTotal).status())
                .isEqualTo(TableOutcome.Status.INSUFFICIENT_DATA);
    }

    @Test
    void emptyTableWithoutItsStatementAndFilledTableWithOne() {
        StandardTable empty = Built.table(TableKind.GOV_FUND_EXPENDITURE, MoneyUnit.YUAN)
                .column(0, "合计", Measure.TOTAL).row(0, null, "合计").build();
        assertThat(onlyFailure(outcome(TableRule.EMPTY_NO_STATEMENT, empty)).message())
                .contains("《政府性基金预算支出表》没有填列任何数字");
        StandardTable stated = Built.table(TableKind.GOV_FUND_EXPENDITURE, MoneyUnit.YUAN)
                .column(0, "合计", Measure.TOTAL).row(0, null, "合计").statement("注：本表为空表。").build();
        assertThat(outcome(TableRule.EMPTY_NO_STATEMENT, stated).status()).isEqualTo(TableOutcome.Status.PASSED);
        StandardTable leftover = expenditure("100", "60", "40").statement("注：本部门无政府性基金安排，本表为空表。").build();
        assertThat(onlyFailure(outcome(TableRule.EMPTY_WITH_FIGURES, leftover)).message())
                .contains("填有9个数字").contains("本表为空表");
    }

    @Test
    void everyRuleHasAStableIdAndAChineseDescription() {
        for (TableRule rule : TableRule.values()) {
            assertThat(rule.id()).startsWith("TBL-");
            assertThat(rule.description()).isNotBlank();
        }
        assertThat(TableRule.values()).extracting(TableRule::id).doesNotHaveDuplicates();
    }
}
