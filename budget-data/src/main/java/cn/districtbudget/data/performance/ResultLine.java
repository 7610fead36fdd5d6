package cn.districtbudget.data.performance;

/** One data row of a results file, cells as text ({@code activity} empty when the file has no such column). */
record ResultLine(int line, String department, String year, String activity, String indicator, String value) {
}
