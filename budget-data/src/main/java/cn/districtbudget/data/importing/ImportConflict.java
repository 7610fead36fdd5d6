package cn.districtbudget.data.importing;

/**
 * The two stored departments of a {@link ImportStatus#CONFLICT}: the one whose 编码 the document states and the one
 * whose name it bears, so the import page can name both and offer the choice ({@link ConflictChoice}).
 */
public record ImportConflict(String code, long byCodeId, String byCodeName, long byNameId, String byNameName) {
}
