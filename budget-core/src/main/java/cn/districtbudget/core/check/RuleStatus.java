package cn.districtbudget.core.check;

/**
 * PASSED: the inputs were there and agree. FAILED: the rule produced findings (their severity says how serious).
 * INSUFFICIENT_DATA: an input the rule needs is not stated, so nothing can be said; never shown as passed.
 */
public enum RuleStatus {
    PASSED("通过"),
    FAILED("未通过"),
    INSUFFICIENT_DATA("数据不足");

    private final String label;

    RuleStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
