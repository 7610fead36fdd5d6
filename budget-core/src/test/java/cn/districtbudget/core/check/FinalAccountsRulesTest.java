package cn.districtbudget.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.core.disclosure.Concept;
import cn.districtbudget.core.disclosure.Department;
import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.reading.DisclosureReader;
import cn.districtbudget.core.reading.ReadResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The final-accounts identities on a final account as real texts state it (收入总计 with carry-overs), and each
 * identity broken by one figure. No budget rule fails a final account because of its carry-overs.
 */
class FinalAccountsRulesTest {

    private static final String FINAL = String.join("\n",
            "某区教育局2022年度部门决算公开说明",
            "一、收入支出决算总体情况说明",
            "2022年度收入总计3800.00万元，支出总计3800.00万元。",
            "二、收入决算情况说明",
            "本年收入合计3765.66万元，其中：财政拨款收入1614.63万元，事业收入2151.03万元。"
                    + "年初结转和结余30.34万元，使用非财政拨款结余4.00万元。",
            "三、支出决算情况说明",
            "本年支出合计3700.00万元，其中：基本支出2500.00万元，项目支出1200.00万元。"
                    + "结余分配0万元，年末结转和结余100.00万元。");

    private final DisclosureChecker checker = new DisclosureChecker();

    private static Disclosure read(String text) {
        ReadResult result = new DisclosureReader().read(text);
        assertThat(result.isDisclosure()).isTrue();
        return result.disclosure();
    }

    @Test
    void aConsistentFinalAccountPassesTheIdentitiesAndNoBudgetRuleFailsItForItsCarryOvers() {
        Disclosure d = read(FINAL);
        assertThat(d.kind()).isEqualTo(DisclosureKind.FINAL_ACCOUNTS);
        assertThat(d.revenue().total()).isEqualTo(d.amount(Concept.REVENUE_TOTAL));
        assertThat(d.amount(Concept.REVENUE_GRAND_TOTAL)).isNotNull();
        CheckReport report = checker.check(d);
        assertThat(report.outcome("FIN-GRAND-TOTALS-EQUAL").status()).isEqualTo(RuleStatus.PASSED);
        assertThat(report.outcome("FIN-REVENUE-GRAND-TOTAL-SUM").status()).isEqualTo(RuleStatus.PASSED);
        assertThat(report.outcome("FIN-EXPENDITURE-GRAND-TOTAL-SUM").status()).isEqualTo(RuleStatus.PASSED);
        assertThat(report.outcome("REV-EQUALS-EXP").status()).isEqualTo(RuleStatus.INSUFFICIENT_DATA);
        assertThat(report.outcome("REV-SOURCES-SUM").status()).isEqualTo(RuleStatus.PASSED);
        assertThat(report.outcome("EXP-TOTAL-SUM").status()).isEqualTo(RuleStatus.PASSED);
        assertThat(report.findings()).filteredOn(f -> f.severity() == cn.districtbudget.core.finding.Severity.ERROR)
                .isEmpty();
    }

    @Test
    void grandTotalsThatDiffer() {
        Disclosure d = read(FINAL.replace("支出总计3800.00万元", "支出总计3790.00万元")
                .replace("年末结转和结余100.00万元", "年末结转和结余90.00万元"));
        assertThat(messages(checker.check(d), "FIN-GRAND-TOTALS-EQUAL"))
                .containsExactly("收入总计3800万元 ≠ 支出总计3790万元，相差10万元");
    }

    @Test
    void revenueGrandTotalThatIsNotTheYearsRevenuePlusCarryOvers() {
        Disclosure d = read(FINAL.replace("年初结转和结余30.34万元", "年初结转和结余20.34万元"));
        assertThat(messages(checker.check(d), "FIN-REVENUE-GRAND-TOTAL-SUM")).containsExactly(
                "收入总计3800万元 ≠ 本年收入合计3765.66万元 + 年初结转和结余20.34万元 + 使用非财政拨款结余4万元"
                        + " = 3790万元，相差10万元");
    }

    @Test
    void expenditureGrandTotalThatIsNotTheYearsExpenditurePlusCarryOver() {
        Disclosure d = read(FINAL.replace("年末结转和结余100.00万元", "年末结转和结余110.00万元"));
        assertThat(messages(checker.check(d), "FIN-EXPENDITURE-GRAND-TOTAL-SUM")).containsExactly(
                "支出总计3800万元 ≠ 本年支出合计3700万元 + 结余分配0万元 + 年末结转和结余110万元 = 3810万元，相差10万元");
    }

    @Test
    void aBudgetIsNotCheckedWithTheFinalAccountsIdentities() {
        Disclosure budget = new Disclosure(Department.named("某部门"), 2022, DisclosureKind.BUDGET, null,
                null, null, null, null, null, null, null, null);
        CheckReport report = checker.check(budget);
        assertThat(report.outcome("FIN-GRAND-TOTALS-EQUAL").findings()).extracting(Finding::message)
                .containsExactly("数据不足：仅适用于部门决算");
    }

    private static List<String> messages(CheckReport report, String rule) {
        assertThat(report.outcome(rule).status()).isEqualTo(RuleStatus.FAILED);
        return report.outcome(rule).findings().stream().map(Finding::message).toList();
    }
}
