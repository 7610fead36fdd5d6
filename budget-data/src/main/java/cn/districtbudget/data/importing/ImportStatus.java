package cn.districtbudget.data.importing;

/** What an import did with one file. */
public enum ImportStatus {
    STORED("已导入"),
    UNCHANGED("内容未变，未重复导入"),
    NEW_REVISION("已导入新修订版"),
    FAILED("导入失败"),
    /**
     * Not stored: the document's 编码 is that of one stored department and its name that of another. The import page
     * asks which is meant; the command line refuses. {@link ImportOutcome#departmentId()} is the department of the code.
     */
    CONFLICT("编码与名称分属不同部门，未导入"),
    /**
     * Not stored: the text states figures but not its department or year (and the caller gave none). The import page
     * asks for them, pre-filled with what was read; the command line names the missing {@code --department} /
     * {@code --year}. {@link ImportOutcome#missing()} says which.
     */
    NEEDS_IDENTITY("缺少部门或年度，未导入");

    private final String label;

    ImportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
