package cn.districtbudget.core.tables.sheet;

import cn.districtbudget.core.tables.TableFinding;
import cn.districtbudget.core.tables.build.RawTable;
import java.util.List;

public final class DocxTableReader {
    private DocxTableReader() {
    }

    public static List<RawTable> read(String file, byte[] bytes, List<TableFinding> findings) {
        return List.of();
    }
}
