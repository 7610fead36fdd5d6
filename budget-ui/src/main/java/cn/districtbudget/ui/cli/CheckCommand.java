package cn.districtbudget.ui.cli;

import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.finding.Severity;
import cn.districtbudget.core.tables.TableReadResult;
import cn.districtbudget.data.files.UnreadableDocumentException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code check FILE...}: per file, the reading and checking findings of its text, then the tables read and their
 * findings ({@code TBL-…}), in Chinese with rule id and severity. Exit code over all files: 2 when one cannot be
 * read, else 1 when any finding is an ERROR, else 0.
 */
final class CheckCommand {

    private final PrintStream out;
    private final PrintStream err;

    CheckCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> files) {
        if (files.isEmpty()) {
            err.println("check 需要至少一个文件 (check takes one or more files)");
            return BudgetCli.usage(err, BudgetCli.CANNOT_READ);
        }
        boolean unreadable = false;
        boolean errors = false;
        for (String name : files) {
            ReadFile file;
            try {
                file = ReadFile.read(Path.of(name));
            } catch (UnreadableDocumentException e) {
                err.println(e.getMessage());
                unreadable = true;
                continue;
            }
            errors |= checkOne(file);
        }
        if (unreadable) {
            return BudgetCli.CANNOT_READ;
        }
        return errors ? BudgetCli.ERRORS_FOUND : BudgetCli.OK;
    }

    /** Prints the findings of one file, text findings then table findings; true when any is an ERROR. */
    private boolean checkOne(ReadFile file) {
        Disclosure disclosure = file.disclosure();
        if (disclosure != null) {
            out.println("== " + file.name() + "：" + disclosure.department().name() + " " + disclosure.year()
                    + "年 " + disclosure.kind().label());
        } else if (file.tables() != null && file.findings().isEmpty()) {
            out.println("== " + file.name() + "：表格文件（正文未识别为公开说明，只检查表格）");
        } else {
            out.println("== " + file.name() + "：未能识别为公开说明");
        }
        List<Finding> text = new ArrayList<>(file.findings());
        text.sort(FindingLines.ORDER);
        for (Finding finding : text) {
            out.println("  " + FindingLines.format(finding));
        }
        TableReadResult tables = file.tables();
        if (tables != null) {
            out.println("  表格：识别 " + tables.tables().size() + " 张标准表，读取 " + tables.figureCount() + " 个数字"
                    + (tables.blankTemplate() ? "（空白模板）" : ""));
            List<Finding> tableFindings = new ArrayList<>(file.tableFindings());
            tableFindings.sort(FindingLines.ORDER);
            for (Finding finding : tableFindings) {
                out.println("  " + FindingLines.format(finding));
            }
        }
        List<Finding> all = file.allFindings();
        out.println("  共 " + count(all, Severity.ERROR) + " 个错误，" + count(all, Severity.WARNING)
                + " 个警告，" + count(all, Severity.INFO) + " 个提示");
        return count(all, Severity.ERROR) > 0;
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
