package cn.districtbudget.data.importing;

/** What an import did with one file. */
public enum ImportStatus {
    STORED("已导入"),
    UNCHANGED("内容未变，未重复导入"),
    NEW_REVISION("已导入新修订版"),
    FAILED("导入失败");

    private final String label;

    ImportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
