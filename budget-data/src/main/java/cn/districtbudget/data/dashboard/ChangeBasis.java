package cn.districtbudget.data.dashboard;

/** Where a change on the prior year comes from. */
public enum ChangeBasis {
    /** The disclosure's own text states the change (较上年增加/减少). */
    STATED("公开说明所述"),
    /** Computed from the prior year's stored disclosure. */
    PRIOR_YEAR_FIGURE("据上年公开数据计算");

    private final String label;

    ChangeBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
