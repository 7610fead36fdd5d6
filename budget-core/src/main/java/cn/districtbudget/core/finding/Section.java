package cn.districtbudget.core.finding;

/** The sections of a disclosure, with their Chinese names, for locating findings. */
public enum Section {
    DOCUMENT("全文"),
    DEPARTMENT("部门职责及机构设置"),
    REVENUE("收入"),
    EXPENDITURE("支出"),
    PRIOR_YEAR_CHANGE("比上年增减"),
    OPERATING_COSTS("机关运行经费"),
    THREE_PUBLIC("“三公”经费"),
    PERFORMANCE("绩效目标"),
    PROCUREMENT("政府采购"),
    FIXED_ASSETS("国有资产");

    private final String label;

    Section(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
