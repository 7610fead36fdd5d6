package cn.districtbudget.data.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.core.check.DisclosureChecker;
import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.core.disclosure.Region;
import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.finding.Severity;
import cn.districtbudget.core.reading.DisclosureReader;
import cn.districtbudget.core.reading.ReadResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generated district reads back through the real reader with the figures it was written from. */
class DemoDistrictGeneratorTest {

    private final DemoDistrictGenerator generator = new DemoDistrictGenerator();
    private final DisclosureReader reader = new DisclosureReader();
    private final DisclosureChecker checker = new DisclosureChecker();

    @Test
    void theDemoDistrictIsDeterministic() {
        var spec = DemoDistrictGenerator.DistrictSpec.demo();
        assertThat(generator.documents(spec)).isEqualTo(generator.documents(spec)).hasSize(405);
        assertThat(spec.documentCount()).isEqualTo(405);
    }

    @Test
    void everyDocumentReadsBackWithItsFiguresAndOnlyDeliberateErrors() {
        List<DemoDistrictGenerator.Document> documents = generator.documents(DemoDistrictGenerator.DistrictSpec.demo());
        Map<String, Disclosure> byDepartmentYear = new HashMap<>();
        List<String> unexpected = new ArrayList<>();
        int deliberate = 0;
        int national = 0;
        java.util.Set<String> withError = new java.util.HashSet<>();
        for (DemoDistrictGenerator.Document document : documents) {
            ReadResult read = reader.read(document.text());
            assertThat(read.isDisclosure()).as(document.fileName()).isTrue();
            Disclosure d = read.disclosure();
            assertThat(d.department().name()).isEqualTo(document.departmentName());
            assertThat(d.department().region()).isEqualTo(document.nationalTemplate()
                    ? new Region(null, null, "示例区") : new Region("示例省", "示例市", "示例区"));
            assertThat(d.year()).isEqualTo(document.year());
            assertThat(d.kind()).isEqualTo(document.kind());
            assertThat(d.expenditure().total()).isEqualTo(document.totalExpenditure());
            assertThat(d.threePublic().total()).isEqualTo(document.threePublic());
            if (document.nationalTemplate()) {
                national++;
                assertThat(d.department().code()).as("the national templates carry no department code").isNull();
                assertThat(d.performance().indicators()).isEmpty();
            } else {
                assertThat(d.department().code()).isNotBlank();
                assertThat(d.performance().indicators()).hasSize(6);
            }
            Disclosure prior = document.kind() == DisclosureKind.FINAL_ACCOUNTS ? null
                    : byDepartmentYear.get(document.departmentName() + (document.year() - 1));
            List<Finding> findings = new ArrayList<>(read.findings());
            findings.addAll(checker.check(d, prior).findings());
            if (document.kind() == DisclosureKind.BUDGET) {
                byDepartmentYear.put(document.departmentName() + document.year(), d);
            }
            List<String> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR)
                    .map(Finding::rule).distinct().toList();
            List<String> readProblems = findings.stream().filter(f -> f.rule().startsWith("READ-"))
                    .map(f -> f.rule() + " " + f.message()).toList();
            if (withError.contains(document.departmentName() + (document.year() - 1))) {
                errors = errors.stream().filter(rule -> !rule.equals("CHG-PRIOR-DISCLOSURE")).toList();
            }
            if (document.hasDeliberateError()) {
                deliberate++;
                withError.add(document.departmentName() + document.year());
                assertThat(errors).as(document.fileName()).contains(document.deliberateError());
            } else if (!errors.isEmpty() || !readProblems.isEmpty()) {
                unexpected.add(document.fileName() + " " + errors + " " + readProblems);
            }
        }
        assertThat(deliberate).isEqualTo(4);
        assertThat(national).as("5 budgets and 5 final accounts in the national templates").isEqualTo(10);
        assertThat(unexpected).isEmpty();
    }

    @Test
    void theFinalAccountsInTheNationalTemplateReadWithTheirCarryOversAndBudgetedThreePublic() {
        var documents = generator.documents(DemoDistrictGenerator.DistrictSpec.demo());
        var finals = documents.stream().filter(d -> d.kind() == DisclosureKind.FINAL_ACCOUNTS).toList();
        assertThat(finals).hasSize(5).allSatisfy(f -> assertThat(f.year()).isEqualTo(2023));
        for (DemoDistrictGenerator.Document document : finals) {
            Disclosure d = reader.read(document.text()).disclosure();
            var revenue = d.amount(cn.districtbudget.core.disclosure.Concept.REVENUE_TOTAL);
            var carried = d.amount(cn.districtbudget.core.disclosure.Concept.REVENUE_CARRIED_FORWARD);
            var grand = d.amount(cn.districtbudget.core.disclosure.Concept.REVENUE_GRAND_TOTAL);
            var spent = d.amount(cn.districtbudget.core.disclosure.Concept.EXPENDITURE_TOTAL);
            var over = d.amount(cn.districtbudget.core.disclosure.Concept.EXPENDITURE_CARRIED_OVER);
            assertThat(revenue).as(document.fileName()).isNotNull();
            assertThat(grand).isEqualTo(revenue.plus(carried))
                    .isEqualTo(d.amount(cn.districtbudget.core.disclosure.Concept.EXPENDITURE_GRAND_TOTAL));
            assertThat(spent.plus(over)).isEqualTo(grand);
            assertThat(d.amount(cn.districtbudget.core.disclosure.Concept.THREE_PUBLIC_BUDGETED_TOTAL))
                    .isGreaterThan(d.threePublic().total());
            assertThat(d.threePublic().reception()).isNotNull();
        }
    }

    @Test
    void aNationalTemplateBudgetStatesItsPartsAndTheReasonsOfItsChangesNotTheirUses() {
        var budget = generator.documents(DemoDistrictGenerator.DistrictSpec.demo()).stream()
                .filter(d -> d.nationalTemplate() && d.kind() == DisclosureKind.BUDGET).findFirst().orElseThrow();
        Disclosure d = reader.read(budget.text()).disclosure();

        assertThat(d.expenditure().personnel()).isNotNull();
        assertThat(d.expenditure().publicUse()).isNotNull();
        assertThat(d.expenditure().basic()).isEqualTo(d.expenditure().personnel().plus(d.expenditure().publicUse()));
        assertThat(d.change(cn.districtbudget.core.disclosure.Concept.EXPENDITURE_BASIC).explanation())
                .startsWith("主要原因是").doesNotContain("用于");
        assertThat(d.change(cn.districtbudget.core.disclosure.Concept.EXPENDITURE_PROJECT).explanation())
                .startsWith("主要原因是").doesNotContain("用于");
    }
}
