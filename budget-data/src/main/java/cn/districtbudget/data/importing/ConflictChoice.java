package cn.districtbudget.data.importing;

/**
 * What to do with a document whose 编码 is one stored department's and whose name is another's
 * ({@link ImportStatus#CONFLICT}): refuse (the default, and the command line's), or store it with the department the
 * user chose on the import page after seeing the conflict.
 */
public enum ConflictChoice {
    /** Not stored: the outcome is CONFLICT. */
    REFUSE,
    /** A revision (or new year) of the department the code belongs to; the department keeps its code. */
    DEPARTMENT_OF_CODE,
    /** A revision (or new year) of the department the name belongs to. */
    DEPARTMENT_OF_NAME
}
