package cn.districtbudget.data.importing;

/** What a disclosure must have to be stored and a text did not state: see {@link ImportStatus#NEEDS_IDENTITY}. */
public enum IdentityPart {
    DEPARTMENT("部门"),
    YEAR("年度");

    private final String label;

    IdentityPart(String label) {
        this.label = label;
    }

    /** Chinese, for the user. */
    public String label() {
        return label;
    }
}
