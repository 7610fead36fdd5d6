package cn.districtbudget.data.importing;

/**
 * Why a file was not stored. An outcome carries the reason and its detail (the file reader's own message, the year
 * read, the storing error); the Chinese the user reads is made from both by {@link #render(String)}, at the edge (the
 * import page, the command line, the audit entry). Decisions are taken on the reason, never on its text: the importer
 * retries {@link #CREATION_RACE} only.
 */
public enum ImportFailure {

    /** No text at all (a blank text given to the importer). */
    EMPTY_FILE("文件为空", false),
    /** The file reader refused the file; the detail is its message, which names the file and the place. */
    UNREADABLE_FILE("无法读取文件", true),
    /** The file could not be read from disk (an I/O error); the detail is the error's message. */
    FILE_ERROR("无法读取文件", false),
    /** A file of a type the importer does not read. */
    UNSUPPORTED_TYPE("不支持的文件类型：仅支持 .txt、.docx、.pdf、.xlsx 和 .xls", false),
    /** The text is no budget or final-accounts disclosure; the detail is what the reader found, if anything. */
    NOT_A_DISCLOSURE("未能识别为部门预算或决算公开说明", true),
    /** The year read is outside 1990–2100; the detail is the year read. */
    YEAR_OUT_OF_RANGE("未能识别年度", false),
    /** Reading failed unexpectedly; the detail is the error's message. */
    READING_ERROR("读取时出错", false),
    /** Another import created the same region or department at the same moment: the importer tries again. */
    CREATION_RACE("同时新建了同一地区或部门，请重试", false),
    /** A unique constraint other than the region's or department's: most likely the same file imported at once. */
    DUPLICATE_DATA("与已存数据冲突（可能同时导入了同一文件），请重试", false),
    /** The database refused the data (a value too long, a missing value); the detail is the database's message. */
    INVALID_DATA("保存失败，数据不符合存储要求", false),
    /** Storing failed unexpectedly; the detail is the error's message. */
    STORING_ERROR("保存时出错", false),
    /** The import was interrupted (the application is stopping). */
    INTERRUPTED("导入被中断", false),
    /** A directory given to the importer cannot be listed; the detail is the error's message. */
    DIRECTORY_UNREADABLE("无法读取目录", false),
    /** The import page refused the upload before importing it; the detail is the page's own explanation. */
    UPLOAD_REFUSED("文件被拒绝", true),
    /** An error outside the importer while importing (the page's safety net); the detail is the error's message. */
    IMPORT_ERROR("导入时出错", false);

    private final String chinese;
    /** The detail is a whole message of its own (shown instead of the label), not an addition to the label. */
    private final boolean detailIsMessage;

    ImportFailure(String chinese, boolean detailIsMessage) {
        this.chinese = chinese;
        this.detailIsMessage = detailIsMessage;
    }

    /** The reason in Chinese without detail. */
    public String label() {
        return chinese;
    }

    /**
     * The reason in Chinese with its detail: a reader's message as it is (it names the file), else the label followed
     * by the detail ({@code 读取时出错：…}, {@code 未能识别年度（读到 1880）}).
     */
    public String render(String detail) {
        if (detail == null || detail.isBlank()) {
            return chinese;
        }
        if (detailIsMessage) {
            return detail;
        }
        if (this == YEAR_OUT_OF_RANGE) {
            return chinese + "（读到 " + detail + "）";
        }
        return chinese + "：" + detail;
    }
}
