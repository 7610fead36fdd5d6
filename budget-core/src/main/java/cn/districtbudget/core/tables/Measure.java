package cn.districtbudget.core.tables;

/**
 * What a column of figures measures, recognised from its header words by {@link #recognise}. A header that names
 * none of these is {@link #OTHER} (kept with its label, used by no check).
 */
public enum Measure {
    TOTAL("合计"),
    BASIC("基本支出"),
    PROJECT("项目支出"),
    RESERVE("单位预留机动经费"),
    CARRY_FORWARD("结转下年资金"),
    PERSONNEL("人员经费"),
    PUBLIC_USE("公用经费"),
    FISCAL("财政拨款"),
    GENERAL_PUBLIC("一般公共预算"),
    GOV_FUND("政府性基金预算"),
    SOE_CAPITAL("国有资本经营预算"),
    SUPERIOR_SUBSIDY("上级补助收入"),
    BUSINESS_INCOME("事业收入"),
    OPERATING_INCOME("经营收入"),
    AFFILIATE_INCOME("附属单位上缴收入"),
    OTHER_INCOME("其他收入"),
    THREE_PUBLIC_TOTAL("“三公”经费合计"),
    ABROAD("因公出国（境）费"),
    VEHICLE("公务用车购置及运行费"),
    VEHICLE_PURCHASE("公务用车购置费"),
    VEHICLE_OPERATION("公务用车运行费"),
    RECEPTION("公务接待费"),
    MEETING("会议费"),
    TRAINING("培训费"),
    OPERATING_COSTS("机关运行经费"),
    AMOUNT("金额"),
    OTHER("其他");

    private final String label;

    Measure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The measure a column header names; {@code group} is the merged header above it (may be null), which decides
     * e.g. that 小计 under 公务用车购置及运行费 is {@link #VEHICLE}.
     */
    public static Measure recognise(String label, String group) {
        String l = TableKind.normalise(label == null ? "" : label);
        String g = TableKind.normalise(group == null ? "" : group);
        boolean vehicleGroup = g.contains("公务用车");
        if (l.contains("机关运行")) {
            return OPERATING_COSTS;
        }
        if (l.contains("出国")) {
            return ABROAD;
        }
        if (l.contains("接待")) {
            return RECEPTION;
        }
        if (l.contains("会议费")) {
            return MEETING;
        }
        if (l.contains("培训费")) {
            return TRAINING;
        }
        if (l.contains("购置") && !l.contains("运行")) {
            return VEHICLE_PURCHASE;
        }
        if (l.contains("运行") && !l.contains("购置") && (vehicleGroup || l.contains("公务用车"))) {
            return VEHICLE_OPERATION;
        }
        if (l.contains("公务用车") || (vehicleGroup && (l.contains("小计") || l.contains("合计")))) {
            return VEHICLE;
        }
        if (l.contains("人员经费")) {
            return PERSONNEL;
        }
        if (l.contains("公用经费")) {
            return PUBLIC_USE;
        }
        if (l.contains("基本支出")) {
            return BASIC;
        }
        if (l.contains("项目支出")) {
            return PROJECT;
        }
        if (l.contains("预留机动")) {
            return RESERVE;
        }
        if (l.contains("结转下年")) {
            return CARRY_FORWARD;
        }
        if (l.contains("政府性基金")) {
            return GOV_FUND;
        }
        if (l.contains("国有资本")) {
            return SOE_CAPITAL;
        }
        if (l.contains("一般公共预算")) {
            return GENERAL_PUBLIC;
        }
        if (l.contains("上级补助")) {
            return SUPERIOR_SUBSIDY;
        }
        if (l.contains("附属单位")) {
            return AFFILIATE_INCOME;
        }
        if (l.contains("经营收入")) {
            return OPERATING_INCOME;
        }
        if (l.contains("事业收入")) {
            return BUSINESS_INCOME;
        }
        if (l.contains("其他收入")) {
            return OTHER_INCOME;
        }
        if (l.contains("财政拨款")) {
            return FISCAL;
        }
        if (l.contains("合计") || l.contains("小计") || l.contains("总计")) {
            return TOTAL;
        }
        if (l.contains("金额") || l.contains("预算数") || l.contains("决算数") || l.contains("预算")) {
            return AMOUNT;
        }
        return OTHER;
    }
}
