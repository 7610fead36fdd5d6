package cn.districtbudget.core.finding;

/** ERROR: figures definitely disagree; WARNING: suspect or against policy; INFO: worth knowing. */
public enum Severity {
    ERROR("错误"),
    WARNING("警告"),
    INFO("提示");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
