package cn.districtbudget.core.reading;

import cn.districtbudget.core.disclosure.Procurement;
import cn.districtbudget.core.finding.Section;
import cn.districtbudget.core.money.Money;
import cn.districtbudget.core.money.MoneyUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * 六、政府采购预算情况: the table (three header rows ending with 合计 | 一般公共预算拨款 | 基金预算拨款 | 财政专户核拨 |
 * 其他来源收入, fourteen columns) and the note after it (e.g. {@code 无此项公开内容，空表列示。}).
 * Data columns: 项目名称, 预算资金, 采购物品名称, 政府采购目录序号, 数量单位, 数量, 单价, 政府采购金额总计, ….
 */
final class ProcurementReader {

    private static final int WIDTH = 14;
    private static final int EMPTY_BEFORE_SUBTOTAL = 8;

    private ProcurementReader() {
    }

    static Procurement read(ReadingContext context, Layout.Range range) {
        if (range == null) {
            return Procurement.NOT_STATED;
        }
        SourceText source = context.source();
        TableCells table = TableCells.read(source, range.first(), range.last());
        int noteFrom = table.cells().isEmpty() ? range.first() : table.endLine() + 1;
        Passage after = Passage.prose(source, noteFrom, range.last());
        String note = after.isEmpty() ? null : after.text();
        if (table.cells().isEmpty()) {
            return new Procurement(List.of(), note);
        }
        MoneyUnit unit = null;
        for (TableCells.Cell cell : table.cells()) {
            MoneyUnit named = Figures.unitLabel(cell.text());
            if (named != null) {
                unit = named;
                break;
            }
        }
        int subtotal = table.indexOf("合计", 0);
        List<Procurement.Item> items = new ArrayList<>();
        if (subtotal < EMPTY_BEFORE_SUBTOTAL) {
            boolean hasData = table.cells().stream().anyMatch(c -> Figures.cellNumber(c.text()) != null);
            if (hasData) {
                context.report(ReadingRule.ROW_NOT_UNDERSTOOD, Section.PROCUREMENT,
                        "政府采购表的表头与常见格式不同，表中数字未读取", table.cells().get(0).line());
            }
            return new Procurement(items, note);
        }
        int dataStart = subtotal - EMPTY_BEFORE_SUBTOTAL + WIDTH;
        for (List<TableCells.Cell> row : table.rows(dataStart, WIDTH)) {
            if (TableCells.allEmpty(row)) {
                continue;
            }
            int line = row.get(0).line();
            if (row.size() < WIDTH) {
                context.report(ReadingRule.ROW_NOT_UNDERSTOOD, Section.PROCUREMENT,
                        "政府采购表的一行只有" + row.size() + "个单元格（应为" + WIDTH + "个），未读取", line);
                continue;
            }
            Procurement.Item item = item(context, row, unit, line);
            if (item != null) {
                items.add(item);
            }
        }
        return new Procurement(items, note);
    }

    private static Procurement.Item item(ReadingContext context, List<TableCells.Cell> row, MoneyUnit unit, int line) {
        BigDecimal quantity = number(context, row.get(5), line);
        BigDecimal unitPrice = number(context, row.get(6), line);
        BigDecimal amount = number(context, row.get(7), line);
        if ((unitPrice != null || amount != null) && unit == null) {
            context.report(ReadingRule.UNIT_UNKNOWN, Section.PROCUREMENT, "政府采购表没有注明金额单位，金额未读取", line);
        }
        return new Procurement.Item(text(row.get(0)), text(row.get(2)), text(row.get(3)), text(row.get(4)),
                quantity, money(context, unitPrice, unit, line), money(context, amount, unit, line));
    }

    private static BigDecimal number(ReadingContext context, TableCells.Cell cell, int line) {
        if (cell.isEmpty()) {
            return null;
        }
        BigDecimal number = Figures.cellNumber(cell.text());
        if (number == null) {
            context.report(ReadingRule.FIGURE_AMBIGUOUS, Section.PROCUREMENT,
                    "政府采购表中“" + cell.text() + "”不是数字，未读取", cell.line());
        }
        return number;
    }

    private static Money money(ReadingContext context, BigDecimal number, MoneyUnit unit, int line) {
        return number == null || unit == null ? null
                : context.money(number, unit, Section.PROCUREMENT, "政府采购金额", line);
    }

    private static String text(TableCells.Cell cell) {
        return cell.isEmpty() ? null : cell.text();
    }
}
