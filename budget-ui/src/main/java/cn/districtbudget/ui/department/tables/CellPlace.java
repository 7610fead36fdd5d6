package cn.districtbudget.ui.department.tables;

import cn.districtbudget.core.tables.TableColumn;
import cn.districtbudget.core.tables.TableRow;

/** Where a finding points in one table: a row and, when the finding names one, a column of figures (else null). */
public record CellPlace(TableRow row, TableColumn column) {
}
