package cn.districtbudget.data.account;

/**
 * What a user may do. LEADER reads every dashboard and department page; STAFF also imports documents and enters
 * performance results; ADMIN also manages users and reads the audit log.
 */
public enum Role {
    LEADER("领导"),
    STAFF("工作人员"),
    ADMIN("管理员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
