package cn.districtbudget.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.finding.Section;
import cn.districtbudget.core.finding.Severity;
import cn.districtbudget.core.sample.SampleDisclosures;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every rule of the catalogue on the real sample (山海关区科协 2019), as built by hand. */
class SampleDisclosureCheckTest {

    private static final String UNITEMISED_MESSAGE = "机关运行经费9.3万元中未列明细1.8万元：机关运行经费明细合计7.5万元"
            + "（办公及印刷费0.75万元 + 邮电费0.68万元 + 差旅费0.21万元 + 维修费0.7万元 + 公务用车运行维护费0.6万元"
            + " + 公务交通补贴4.56万元）";

    private final DisclosureChecker checker = new DisclosureChecker();

    @Test
    void everyCrossFootingRuleOnTheSampleAlonePassesExceptTheUnitemisedRemainderAndThePriorYearComparison() {
        CheckReport report = checker.check(SampleDisclosures.kexie2019());

        assertThat(statuses(report)).containsExactly(
                entry("REV-SOURCES-SUM", RuleStatus.PASSED),
                entry("REV-EQUALS-EXP", RuleStatus.PASSED),
                entry("EXP-TOTAL-SUM", RuleStatus.PASSED),
                entry("EXP-BASIC-SUM", RuleStatus.PASSED),
                entry("FIN-GRAND-TOTALS-EQUAL", RuleStatus.INSUFFICIENT_DATA),
                entry("FIN-REVENUE-GRAND-TOTAL-SUM", RuleStatus.INSUFFICIENT_DATA),
                entry("FIN-EXPENDITURE-GRAND-TOTAL-SUM", RuleStatus.INSUFFICIENT_DATA),
                entry("CHG-SUM", RuleStatus.PASSED),
                entry("CHG-PRIOR-DISCLOSURE", RuleStatus.INSUFFICIENT_DATA),
                entry("OPC-ITEMS-WITHIN-TOTAL", RuleStatus.PASSED),
                entry("OPC-UNITEMISED", RuleStatus.FAILED),
                entry("OPC-EQUALS-PUBLIC-USE", RuleStatus.PASSED),
                entry("TPE-TOTAL-SUM", RuleStatus.PASSED),
                entry("TPE-VEHICLES-SUM", RuleStatus.PASSED),
                entry("TPE-CHANGE-SUM", RuleStatus.PASSED),
                entry("TPE-RISE", RuleStatus.PASSED),
                entry("AST-COUNT-SUM", RuleStatus.PASSED),
                entry("AST-VALUE-SUM", RuleStatus.PASSED),
                entry("PRF-ACTIVITY-BUDGET", RuleStatus.PASSED),
                entry("GRD-GAP", RuleStatus.FAILED),
                entry("GRD-OVERLAP", RuleStatus.FAILED),
                entry("GRD-CONTRADICTION", RuleStatus.FAILED),
                entry("GRD-ORDER", RuleStatus.PASSED),
                entry("GRD-UNPARSEABLE", RuleStatus.PASSED),
                entry("GRD-MIXED-UNITS", RuleStatus.PASSED));
        assertThat(report.findings()).filteredOn(f -> f.rule().startsWith("GRD-"))
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING))
                .extracting(Finding::rule)
                .containsOnly("GRD-GAP", "GRD-OVERLAP", "GRD-CONTRADICTION");
        assertThat(report.outcome("GRD-GAP").findings()).extracting(Finding::message)
                .contains("科普活动覆盖率：(60%, 85%)不属于任何等级，其中的值未评级");
        assertThat(report.findings()).filteredOn(f -> !f.rule().startsWith("GRD-")).containsExactly(
                new Finding("OPC-UNITEMISED", Severity.INFO, Section.OPERATING_COSTS, UNITEMISED_MESSAGE));
        assertThat(report.hasErrors()).isFalse();
        assertThat(report.outcome("CHG-PRIOR-DISCLOSURE").findings()).extracting(Finding::message)
                .containsExactly("数据不足：未提供上年公开说明");
    }

    @Test
    void withAPriorYearThatAgreesWithTheStatedChangesThePriorYearRulePasses() {
        CheckReport report = checker.check(SampleDisclosures.kexie2019(), SampleDisclosures.kexie2018Consistent());

        assertThat(report.outcome("CHG-PRIOR-DISCLOSURE").status()).isEqualTo(RuleStatus.PASSED);
        assertThat(report.outcome("TPE-RISE").status()).isEqualTo(RuleStatus.PASSED);
        assertThat(report.findings()).extracting(Finding::rule).filteredOn(rule -> !rule.startsWith("GRD-"))
                .containsExactly("OPC-UNITEMISED");
    }

    @Test
    void theReportCoversTheWholeCatalogueInCatalogueOrder() {
        CheckReport report = checker.check(SampleDisclosures.kexie2019());

        assertThat(report.outcomes()).extracting(RuleOutcome::rule)
                .containsExactlyElementsOf(RuleCatalogue.all().stream().map(RuleDescription::id).toList());
    }

    private static Map<String, RuleStatus> statuses(CheckReport report) {
        Map<String, RuleStatus> statuses = new LinkedHashMap<>();
        report.outcomes().forEach(o -> statuses.put(o.rule(), o.status()));
        return statuses;
    }
}
