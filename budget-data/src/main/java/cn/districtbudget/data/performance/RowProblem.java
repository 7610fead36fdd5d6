package cn.districtbudget.data.performance;

/** A bad row of a results file: its line number (header = line 1) and what is wrong, in Chinese. */
public record RowProblem(int line, String message) {
}
