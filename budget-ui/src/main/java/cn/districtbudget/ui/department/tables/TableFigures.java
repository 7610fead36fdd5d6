package cn.districtbudget.ui.department.tables;

import cn.districtbudget.core.money.MoneyUnit;
import cn.districtbudget.core.tables.RowLevel;
import cn.districtbudget.core.tables.StandardTable;
import cn.districtbudget.core.tables.TableCell;

/** How a table's figures, codes and unit are written on the page (pure). */
public final class TableFigures {

    private TableFigures() {
    }

    /**
     * A cell as the table prints it: its raw text trimmed (thousands separators and decimals as printed, never
     * re-formatted or rounded), or the exact number when a spreadsheet cell has no text; a blank cell stays blank
     * (it is not 0).
     */
    public static String text(TableCell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.raw() != null && !cell.raw().isBlank()) {
            return cell.raw().trim();
        }
        return cell.number() == null ? "" : cell.number().toPlainString();
    }

    /** 单位：万元 / 单位：元, or that the table states none. */
    public static String unit(StandardTable table) {
        MoneyUnit unit = table.unit();
        return unit == null ? "单位：未注明" : "单位：" + unit.label();
    }

    /** The indentation of a row's code and name: 类 none, 款 one step, 项 two steps. */
    public static int indent(RowLevel level) {
        if (level == null) {
            return 0;
        }
        return switch (level) {
            case SECTION -> 1;
            case ITEM -> 2;
            default -> 0;
        };
    }
}
