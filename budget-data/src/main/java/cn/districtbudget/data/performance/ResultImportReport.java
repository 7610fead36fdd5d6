package cn.districtbudget.data.performance;

import java.util.List;

/**
 * What an import did: data rows read, results stored (changed), rows whose value was already stored, and the bad
 * rows. Under {@link ImportMode#ALL_OR_NOTHING} with bad rows, {@code stored} is 0 and {@code rejected} is true.
 */
public record ResultImportReport(ImportMode mode, int rows, int stored, int unchanged, List<RowProblem> problems,
                                 boolean rejected) {

    public ResultImportReport {
        problems = List.copyOf(problems);
    }

    public boolean clean() {
        return problems.isEmpty();
    }
}
