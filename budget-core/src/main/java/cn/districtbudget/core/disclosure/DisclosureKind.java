package cn.districtbudget.core.disclosure;

/** Budget (预算, what is planned) or final accounts (决算, what was spent). */
public enum DisclosureKind {
    BUDGET("部门预算"),
    FINAL_ACCOUNTS("部门决算");

    private final String label;

    DisclosureKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
