package cn.districtbudget.ui.cli;

import cn.districtbudget.core.check.DisclosureChecker;
import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.finding.Severity;
import cn.districtbudget.core.reading.DisclosureReader;
import cn.districtbudget.core.reading.ReadResult;
import cn.districtbudget.data.files.DocumentFiles;
import cn.districtbudget.data.files.UnreadableDocumentException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code check FILE...}: per file, the reading and checking findings in Chinese with rule id and severity. */
final class CheckCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final DisclosureReader reader = new DisclosureReader();
    private final DisclosureChecker checker = new DisclosureChecker();

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
            Path file = Path.of(name);
            String text;
            try {
                text = DocumentFiles.readText(file);
            } catch (UnreadableDocumentException e) {
                err.println(e.getMessage());
                unreadable = true;
                continue;
            }
            errors |= checkOne(file, text);
        }
        if (unreadable) {
            return BudgetCli.CANNOT_READ;
        }
        return errors ? BudgetCli.ERRORS_FOUND : BudgetCli.OK;
    }

    /** Prints the findings of one file; true when any is an ERROR. */
    private boolean checkOne(Path file, String text) {
        ReadResult result = reader.read(text);
        List<Finding> findings = new ArrayList<>(result.findings());
        Disclosure disclosure = result.disclosure();
        if (disclosure != null) {
            findings.addAll(checker.check(disclosure).findings());
            out.println("== " + file.getFileName() + "：" + disclosure.department().name() + " " + disclosure.year()
                    + "年 " + disclosure.kind().label());
        } else {
            out.println("== " + file.getFileName() + "：未能识别为公开说明");
        }
        findings.sort(FindingLines.ORDER);
        for (Finding finding : findings) {
            out.println("  " + FindingLines.format(finding));
        }
        out.println("  共 " + count(findings, Severity.ERROR) + " 个错误，" + count(findings, Severity.WARNING)
                + " 个警告，" + count(findings, Severity.INFO) + " 个提示");
        return count(findings, Severity.ERROR) > 0;
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
