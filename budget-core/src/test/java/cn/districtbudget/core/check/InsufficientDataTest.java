package cn.districtbudget.core.check;

import static cn.districtbudget.core.sample.DisclosureEdits.withThreePublic;
import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.core.disclosure.Department;
import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.core.disclosure.ThreePublic;
import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.finding.Severity;
import cn.districtbudget.core.money.Money;
import cn.districtbudget.core.sample.SampleDisclosures;
import org.junit.jupiter.api.Test;

/** A rule whose inputs are absent says so and is never counted as passed. */
class InsufficientDataTest {

    private final DisclosureChecker checker = new DisclosureChecker();

    @Test
    void aDisclosureWithoutFiguresPassesNoRule() {
        Disclosure empty = new Disclosure(Department.named("某部门"), 2019, DisclosureKind.BUDGET, null,
                null, null, null, null, null, null, null, null);
        Disclosure emptyPrior = new Disclosure(Department.named("某部门"), 2018, DisclosureKind.BUDGET, null,
                null, null, null, null, null, null, null, null);

        CheckReport report = checker.check(empty, emptyPrior);

        assertThat(report.outcomes()).hasSize(RuleCatalogue.all().size())
                .allSatisfy(o -> assertThat(o.status()).as(o.rule()).isEqualTo(RuleStatus.INSUFFICIENT_DATA));
        assertThat(report.outcomes()).allSatisfy(o -> assertThat(o.findings()).singleElement()
                .satisfies(f -> {
                    assertThat(f.rule()).isEqualTo(o.rule());
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.message()).startsWith("数据不足：");
                }));
        assertThat(report.findings()).isEmpty();
        assertThat(report.hasErrors()).isFalse();
    }

    @Test
    void missingInputsAreNamed() {
        Disclosure empty = new Disclosure(Department.named("某部门"), 2019, DisclosureKind.BUDGET, null,
                null, null, null, null, null, null, null, null);

        CheckReport report = checker.check(empty);

        assertThat(report.outcome("EXP-BASIC-SUM").findings()).extracting(Finding::message)
                .containsExactly("数据不足：未列明基本支出");
        assertThat(report.outcome("OPC-EQUALS-PUBLIC-USE").findings()).extracting(Finding::message)
                .containsExactly("数据不足：未列明单位性质");
        assertThat(report.outcome("TPE-RISE").findings()).extracting(Finding::message)
                .containsExactly("数据不足：未说明“三公”经费比上年增减");
    }

    @Test
    void aPriorYearDisclosureOfTheWrongYearIsNotUsed() {
        Disclosure sample = SampleDisclosures.kexie2019();
        Disclosure wrongYear = withThreePublic(sample, new ThreePublic(Money.ofWan("0.5"), null, null, null, null,
                null, null, null, null));

        CheckReport report = checker.check(sample, wrongYear);

        assertThat(report.outcome("CHG-PRIOR-DISCLOSURE").status()).isEqualTo(RuleStatus.INSUFFICIENT_DATA);
        assertThat(report.outcome("CHG-PRIOR-DISCLOSURE").findings()).extracting(Finding::message)
                .containsExactly("数据不足：所给上年公开说明为2019年，本年说明的增减针对2018年");
        assertThat(report.outcome("TPE-RISE").status()).as("not compared with a 2019 figure").isEqualTo(RuleStatus.PASSED);
    }

    @Test
    void aPriorYearDisclosureOfAnotherKindIsNotUsed() {
        Disclosure prior = SampleDisclosures.kexie2018Consistent();
        Disclosure finalAccounts = new Disclosure(prior.department(), 2018, DisclosureKind.FINAL_ACCOUNTS,
                prior.unit(), prior.revenue(), prior.expenditure(), null, null, prior.threePublic(), null, null, null);

        CheckReport report = checker.check(SampleDisclosures.kexie2019(), finalAccounts);

        assertThat(report.outcome("CHG-PRIOR-DISCLOSURE").findings()).extracting(Finding::message)
                .containsExactly("数据不足：所给上年公开说明为部门决算，本年为部门预算");
    }
}
