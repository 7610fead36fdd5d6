package cn.districtbudget.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.core.finding.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue: stable ids, severities, and every rule documented in docs/validation-rules.md. */
class RuleCatalogueTest {

    @Test
    void idsAreUniqueAndStable() {
        assertThat(RuleCatalogue.all()).extracting(RuleDescription::id).doesNotHaveDuplicates().containsExactly(
                "REV-SOURCES-SUM", "REV-EQUALS-EXP", "EXP-TOTAL-SUM", "EXP-BASIC-SUM", "FIN-GRAND-TOTALS-EQUAL",
                "FIN-REVENUE-GRAND-TOTAL-SUM", "FIN-EXPENDITURE-GRAND-TOTAL-SUM", "CHG-SUM",
                "CHG-PRIOR-DISCLOSURE", "OPC-ITEMS-WITHIN-TOTAL", "OPC-UNITEMISED", "OPC-EQUALS-PUBLIC-USE",
                "TPE-TOTAL-SUM", "TPE-VEHICLES-SUM", "TPE-CHANGE-SUM", "TPE-RISE", "AST-COUNT-SUM",
                "AST-VALUE-SUM", "PRF-ACTIVITY-BUDGET", "GRD-GAP", "GRD-OVERLAP", "GRD-CONTRADICTION", "GRD-ORDER",
                "GRD-UNPARSEABLE", "GRD-MIXED-UNITS");
    }

    @Test
    void severitiesFollowWhatAFindingMeans() {
        assertThat(RuleCatalogue.all()).filteredOn(d -> d.severity() != Severity.ERROR)
                .extracting(RuleDescription::id, RuleDescription::severity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("OPC-UNITEMISED", Severity.INFO),
                        org.assertj.core.groups.Tuple.tuple("TPE-RISE", Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple("PRF-ACTIVITY-BUDGET", Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple("GRD-GAP", Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple("GRD-OVERLAP", Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple("GRD-CONTRADICTION", Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple("GRD-ORDER", Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple("GRD-UNPARSEABLE", Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple("GRD-MIXED-UNITS", Severity.WARNING));
    }

    @Test
    void everyRuleHasAChineseTitleAndDescription() {
        assertThat(RuleCatalogue.all()).allSatisfy(d -> {
            assertThat(d.title()).matches(".*\\p{IsHan}.*");
            assertThat(d.description()).matches(".*\\p{IsHan}.*");
            assertThat(d.sections()).isNotEmpty();
        });
    }

    @Test
    void everyRuleIsDocumentedWithItsSeverity() throws IOException {
        Path doc = Path.of("..", "docs", "validation-rules.md");
        List<String> rows = Files.readAllLines(doc).stream().filter(l -> l.startsWith("| `")).toList();

        assertThat(rows).hasSameSizeAs(RuleCatalogue.all());
        for (RuleDescription rule : RuleCatalogue.all()) {
            assertThat(rows).as(rule.id()).anySatisfy(row -> assertThat(row)
                    .startsWith("| `" + rule.id() + "` | " + rule.severity() + " |"));
        }
    }
}
