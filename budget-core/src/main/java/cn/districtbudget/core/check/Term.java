package cn.districtbudget.core.check;

/** The Chinese names of the figures the rules quote, kept in one place. */
enum Term {
    REVENUE_TOTAL("收入合计"),
    GENERAL_PUBLIC_BUDGET("一般公共预算收入"),
    GOVERNMENT_FUND("基金预算收入"),
    SPECIAL_ACCOUNT("财政专户核拨收入"),
    OTHER_REVENUE("其他来源收入"),
    EXPENDITURE_TOTAL("支出合计"),
    BASIC("基本支出"),
    PERSONNEL("人员经费"),
    PUBLIC_USE("日常公用经费"),
    PROJECT("项目支出"),
    OPERATING_COSTS("机关运行经费"),
    OPERATING_COST_LINES("机关运行经费明细合计"),
    THREE_PUBLIC("“三公”经费"),
    OUTBOUND_TRAVEL("因公出国（境）费"),
    VEHICLES("公务用车购置及运行维护费"),
    VEHICLE_PURCHASE("公务用车购置费"),
    VEHICLE_OPERATION("公务用车运行维护费"),
    RECEPTION("公务接待费"),
    ASSET_COUNT("资产总额数量"),
    ASSET_VALUE("资产总额价值"),
    ACTIVITY_BUDGETS("职责活动年度预算数合计");

    private final String label;

    Term(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** The label of this figure's stated change: {@code 基本支出比上年增减}. */
    String changeLabel() {
        return label + "比上年增减";
    }
}
