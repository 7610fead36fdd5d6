package cn.districtbudget.core.tables;

/**
 * A column of figures: its 0-based index in the table, its header as printed (wrapped lines joined), the header it
 * sits under (a merged group header such as 公务用车购置及运行费 or 决算数, else null), the measure it names, and the
 * side of the table it belongs to (0 for a one-sided table; 0 = 收入, 1 = 支出 … in a 收支总表).
 */
public record TableColumn(int index, String label, String group, Measure measure, int side) {

    /** The header with its group, e.g. {@code 公务用车购置及运行费/购置费}. */
    public String fullLabel() {
        return group == null ? label : group + "/" + label;
    }
}
