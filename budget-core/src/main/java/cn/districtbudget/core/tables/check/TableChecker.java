package cn.districtbudget.core.tables.check;

import cn.districtbudget.core.tables.StandardTable;
import cn.districtbudget.core.tables.TableFinding;
import java.util.List;

public final class TableChecker {
    public record Report(List<TableFinding> findings) {
    }

    public static Report check(List<StandardTable> tables) {
        return new Report(List.of());
    }
}
