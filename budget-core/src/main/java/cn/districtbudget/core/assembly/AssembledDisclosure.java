package cn.districtbudget.core.assembly;

import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.finding.Severity;
import cn.districtbudget.core.tables.TableReadResult;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a set of files gives: the disclosure (null when no file states a budget or final-accounts figure), every
 * finding of reading the texts and the tables, of the tables' own rules and of comparing text with tables, and
 * the tables of each file (in the order of the files).
 */
public record AssembledDisclosure(@Nullable Disclosure disclosure, List<Finding> findings,
                                  List<TableReadResult> tables) {

    public AssembledDisclosure {
        findings = List.copyOf(findings);
        tables = List.copyOf(tables);
    }

    public boolean isDisclosure() {
        return disclosure != null;
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
