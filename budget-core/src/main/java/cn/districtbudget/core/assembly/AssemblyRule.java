package cn.districtbudget.core.assembly;

import cn.districtbudget.core.finding.Severity;

/** The rules of putting a disclosure together from its files: stable id, severity, what it checks. */
public enum AssemblyRule {
    /** A figure the text states differs from the same figure in a table by more than the text's rounding. */
    TEXT_TABLE_MISMATCH("TBL-TEXT-MISMATCH", Severity.ERROR,
            "公开说明文字写的数字等于表中同一数字（只允许文字按其所写单位四舍五入）"),
    /** Two files of one disclosure name different departments, years or kinds. */
    SOURCES_DIFFER("READ-SOURCES-DIFFER", Severity.ERROR, "同一套公开文件写明的部门、年度和预决算类别一致");

    private final String id;
    private final Severity severity;
    private final String description;

    AssemblyRule(String id, Severity severity, String description) {
        this.id = id;
        this.severity = severity;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    public String description() {
        return description;
    }
}
