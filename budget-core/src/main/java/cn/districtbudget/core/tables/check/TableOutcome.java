package cn.districtbudget.core.tables.check;

import cn.districtbudget.core.tables.TableFinding;
import java.util.List;

/**
 * What one rule found over the tables of a file: passed (at least one comparison made, all agree), failed (with the
 * findings), insufficient data (a table or figure it needs is not there: never counted as passed), or not applicable
 * (the tables it concerns are absent, e.g. no “三公” table).
 */
public record TableOutcome(TableRule rule, Status status, int comparisons, List<TableFinding> findings,
                           String reason) {

    public enum Status { PASSED, FAILED, INSUFFICIENT_DATA, NOT_APPLICABLE }

    public TableOutcome {
        findings = List.copyOf(findings);
    }
}
