package cn.districtbudget.core.tables;

import cn.districtbudget.core.finding.Severity;
import cn.districtbudget.core.tables.build.RawTable;
import cn.districtbudget.core.tables.build.TableBuilder;
import cn.districtbudget.core.tables.check.TableChecker;
import cn.districtbudget.core.tables.pdf.PdfTableReader;
import cn.districtbudget.core.tables.sheet.DocxTableReader;
import cn.districtbudget.core.tables.sheet.SheetTableReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The entry point: the standard tables of one file (.pdf with a text layer, .xlsx, .xls, .docx), read and checked.
 * Never throws for bad input: an unreadable file gives a {@code TBL-FILE-…} finding naming it, and no tables.
 */
public final class TableReader {

    private TableReader() {
    }

    /** Reads the tables of a file by its name's extension, then runs the table checks on them. */
    public static TableReadResult read(String fileName, byte[] bytes) {
        TableReadResult result = readOnly(fileName, bytes);
        List<TableFinding> findings = new ArrayList<>(result.findings());
        if (!result.blankTemplate()) {
            findings.addAll(TableChecker.check(result.tables()).findings());
        }
        return new TableReadResult(result.file(), result.tables(), findings, result.blankTemplate());
    }

    /** Reads the tables without checking them. */
    public static TableReadResult readOnly(String fileName, byte[] bytes) {
        String name = fileName == null ? "" : fileName;
        String lower = name.toLowerCase(Locale.ROOT).trim();
        List<TableFinding> findings = new ArrayList<>();
        List<RawTable> raws;
        if (bytes == null || bytes.length == 0) {
            findings.add(new TableFinding("TBL-FILE-BROKEN", Severity.ERROR, "文件" + name + "为空，未读取",
                    new Evidence(name, null, null, null)));
            raws = List.of();
        } else if (lower.endsWith(".pdf")) {
            raws = PdfTableReader.read(name, bytes, findings);
        } else if (lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
            raws = SheetTableReader.read(name, bytes, findings);
        } else if (lower.endsWith(".docx")) {
            raws = DocxTableReader.read(name, bytes, findings);
        } else {
            findings.add(new TableFinding("TBL-FILE-TYPE", Severity.ERROR,
                    "文件" + name + "不是可读取表格的格式（支持 .pdf、.xlsx、.xls、.docx）", new Evidence(name, null, null, null)));
            raws = List.of();
        }
        List<StandardTable> tables = new ArrayList<>();
        for (RawTable raw : raws) {
            StandardTable table = TableBuilder.build(raw, name, findings);
            if (table != null) {
                tables.add(table);
                if (table.kind() == TableKind.PERFORMANCE) {
                    findings.add(new TableFinding("TBL-FORM-NOT-READ", Severity.INFO, "表" + table.describe()
                            + "为表单式（绩效目标），已识别，其数字未按表格读取", table.evidence()));
                }
            }
        }
        boolean template = !tables.isEmpty() && tables.stream().noneMatch(StandardTable::hasFigures)
                && findings.stream().noneMatch(f -> f.rule().startsWith("TBL-FILE"));
        if (template) {
            findings.add(new TableFinding("TBL-TEMPLATE", Severity.INFO, "文件" + name + "共识别" + tables.size()
                    + "张标准表，均未填列数字：这是空白模板，没有可读取的数字", new Evidence(name, null, null, null)));
        }
        return new TableReadResult(name, tables, findings, template);
    }
}
