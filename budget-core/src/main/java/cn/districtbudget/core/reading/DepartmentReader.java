package cn.districtbudget.core.reading;

import cn.districtbudget.core.disclosure.Department;
import cn.districtbudget.core.disclosure.FundingForm;
import cn.districtbudget.core.disclosure.OrganisationUnit;
import cn.districtbudget.core.disclosure.UnitNature;
import cn.districtbudget.core.finding.Section;
import java.util.ArrayList;
import java.util.List;

/** 一、部门职责及机构设置情况: the duties text and the organisation table (单位名称/单位性质/单位规格/经费保障形式). */
final class DepartmentReader {

    private static final List<String> COLUMNS = List.of("单位名称", "单位性质", "单位规格", "经费保障形式");

    private DepartmentReader() {
    }

    static Department read(ReadingContext context, Title title, Layout.Range range) {
        String duties = null;
        List<OrganisationUnit> units = List.of();
        if (range != null) {
            duties = duties(context.source(), range);
            units = organisation(context, range);
        }
        OrganisationUnit first = units.isEmpty() ? null : units.get(0);
        return new Department(
                title.department(),
                null,
                RegionReader.read(title.department(), units.stream().map(OrganisationUnit::name).toList()),
                first == null ? null : UnitNature.fromText(first.nature()),
                first == null ? null : first.rank(),
                first == null ? null : FundingForm.fromText(first.fundingForm()),
                duties,
                units);
    }

    /** The prose between {@code 部门职责：} and {@code 机构设置：}, lines stripped, joined with {@code \n}. */
    private static String duties(SourceText source, Layout.Range range) {
        List<String> lines = new ArrayList<>();
        boolean inDuties = false;
        for (int number = range.first(); number <= range.last(); number++) {
            String line = source.line(number);
            if (SourceText.isTableLine(line)) {
                if (inDuties) {
                    break;
                }
                continue;
            }
            String text = SourceText.strip(line);
            if (!inDuties && text.startsWith("部门职责") || !inDuties && text.startsWith("主要职责")) {
                inDuties = true;
                int colon = Math.max(text.indexOf('：'), text.indexOf(':'));
                String rest = colon >= 0 ? SourceText.strip(text.substring(colon + 1)) : "";
                if (!rest.isEmpty()) {
                    lines.add(rest);
                }
                continue;
            }
            if (inDuties && (text.startsWith("机构设置") || text.startsWith("部门机构设置"))) {
                break;
            }
            if (inDuties && !text.isEmpty()) {
                lines.add(text);
            }
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static List<OrganisationUnit> organisation(ReadingContext context, Layout.Range range) {
        TableCells table = TableCells.read(context.source(), range.first(), range.last());
        int header = table.indexOf(COLUMNS.get(0), 0);
        if (header < 0) {
            if (!table.cells().isEmpty()) {
                context.report(ReadingRule.ROW_NOT_UNDERSTOOD, Section.DEPARTMENT,
                        "机构设置表没有“单位名称”表头，未读取", table.cells().get(0).line());
            }
            return List.of();
        }
        int width = 0;
        while (header + width < table.cells().size()
                && COLUMNS.contains(table.cells().get(header + width).text())) {
            width++;
        }
        List<String> names = table.cells().subList(header, header + width).stream().map(TableCells.Cell::text).toList();
        List<OrganisationUnit> units = new ArrayList<>();
        for (List<TableCells.Cell> row : table.rows(header + width, width)) {
            if (TableCells.allEmpty(row)) {
                continue;
            }
            if (row.size() < width) {
                context.report(ReadingRule.ROW_NOT_UNDERSTOOD, Section.DEPARTMENT,
                        "机构设置表的一行只有" + row.size() + "个单元格（应为" + width + "个），未读取", row.get(0).line());
                continue;
            }
            units.add(new OrganisationUnit(
                    cell(row, names, "单位名称"), cell(row, names, "单位性质"),
                    cell(row, names, "单位规格"), cell(row, names, "经费保障形式")));
        }
        return units;
    }

    private static String cell(List<TableCells.Cell> row, List<String> names, String column) {
        int index = names.indexOf(column);
        if (index < 0) {
            return null;
        }
        String text = row.get(index).text();
        return text.isEmpty() ? null : text;
    }
}
