package cn.districtbudget.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.core.assembly.AssemblyRule;
import cn.districtbudget.core.tables.check.TableRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/validation-rules.md lists every table and assembly rule with its severity, and no rule the code lacks. */
class TableRulesDocumentedTest {

    @Test
    void everyTableAndAssemblyRuleIsDocumentedWithItsSeverity() throws IOException {
        List<String> rows = Files.readAllLines(Path.of("..", "docs", "validation-rules.md")).stream()
                .filter(l -> l.startsWith("| TBL-") || l.startsWith("| READ-")).toList();
        List<String> expected = new ArrayList<>();
        for (TableRule rule : TableRule.values()) {
            expected.add("| " + rule.id() + " | " + rule.severity() + " |");
        }
        for (AssemblyRule rule : AssemblyRule.values()) {
            expected.add("| " + rule.id() + " | " + rule.severity() + " |");
        }

        assertThat(rows).hasSameSizeAs(expected);
        for (String start : expected) {
            assertThat(rows).as(start).anySatisfy(row -> assertThat(row).startsWith(start));
        }
    }
}
