package cn.districtbudget.ui.cli;

import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.finding.Severity;
import cn.districtbudget.data.files.UnreadableDocumentException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code check [--set] [--department NAME] [--year YYYY] [--kind KIND] FILE...}: per file (or, with {@code --set},
 * for the files as one disclosure), the reading, checking and text-against-table findings, then the tables read and
 * their findings ({@code TBL-…}), in Chinese with rule id and severity. Exit code over all files: 2 when one cannot
 * be read or an option is wrong, else 1 when any finding is an ERROR, else 0.
 */
final class CheckCommand {

    private final PrintStream out;
    private final PrintStream err;

    CheckCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        CommandOptions options;
        try {
            options = CommandOptions.parse(args);
        } catch (CommandOptions.BadOption e) {
            err.println(e.getMessage());
            return BudgetCli.CANNOT_READ;
        }
        if (options.paths().isEmpty()) {
            err.println("check 需要至少一个文件 (check takes one or more files)");
            return BudgetCli.usage(err, BudgetCli.CANNOT_READ);
        }
        List<List<Path>> disclosures = options.set() ? List.of(options.paths())
                : options.paths().stream().map(List::of).toList();
        boolean unreadable = false;
        boolean errors = false;
        for (List<Path> files : disclosures) {
            ReadSet set;
            try {
                set = ReadSet.read(files, options.hints());
            } catch (UnreadableDocumentException e) {
                err.println(e.getMessage());
                unreadable = true;
                continue;
            }
            errors |= checkOne(set);
        }
        if (unreadable) {
            return BudgetCli.CANNOT_READ;
        }
        return errors ? BudgetCli.ERRORS_FOUND : BudgetCli.OK;
    }

    /** Prints the findings of one disclosure, text findings then table findings; true when any is an ERROR. */
    private boolean checkOne(ReadSet set) {
        if (set.tablesOnly()) {
            out.println("== " + set.name() + "：表格文件（没有公开说明正文，只读取表格）：" + set.identity());
        } else if (set.disclosure() != null) {
            out.println("== " + set.name() + "：" + set.identity());
        } else if (set.hasTables()) {
            out.println("== " + set.name() + "：表格文件（没有可读取的数字）");
        } else {
            out.println("== " + set.name() + "：未能识别为公开说明");
        }
        List<Finding> text = new ArrayList<>(set.findings());
        text.sort(FindingLines.ORDER);
        for (Finding finding : text) {
            out.println("  " + FindingLines.format(finding));
        }
        if (set.hasTables()) {
            out.println("  表格：识别 " + set.tableCount() + " 张标准表，读取 " + set.tableFigureCount() + " 个数字"
                    + (set.blankTemplate() ? "（空白模板）" : ""));
            List<Finding> tableFindings = new ArrayList<>(set.tableFindings());
            tableFindings.sort(FindingLines.ORDER);
            for (Finding finding : tableFindings) {
                out.println("  " + FindingLines.format(finding));
            }
        }
        List<Finding> all = set.allFindings();
        out.println("  共 " + count(all, Severity.ERROR) + " 个错误，" + count(all, Severity.WARNING)
                + " 个警告，" + count(all, Severity.INFO) + " 个提示");
        return count(all, Severity.ERROR) > 0;
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
