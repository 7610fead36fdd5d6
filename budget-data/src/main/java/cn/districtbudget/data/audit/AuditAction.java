package cn.districtbudget.data.audit;

/** What an audit entry records, with its Chinese label for the audit page. */
public enum AuditAction {
    IMPORT("导入公开说明"),
    REVISION("导入新修订版"),
    IMPORT_FAILED("导入失败"),
    RESULT_EDIT("修改绩效结果"),
    USER_CREATED("新建用户"),
    USER_DISABLED("停用用户"),
    USER_ENABLED("启用用户"),
    PASSWORD_RESET("重置密码"),
    ROLES_CHANGED("调整角色"),
    LOGIN_FAILED("登录失败"),
    ACCOUNT_LOCKED("账户锁定");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
