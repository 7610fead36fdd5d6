package cn.districtbudget.ui.cli;

import cn.districtbudget.core.check.DisclosureChecker;
import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.finding.Severity;
import cn.districtbudget.core.json.DisclosureJson;
import cn.districtbudget.core.reading.DisclosureReader;
import cn.districtbudget.core.reading.ReadResult;
import cn.districtbudget.data.files.DocumentFiles;
import cn.districtbudget.data.files.UnreadableDocumentException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code parse [--json] FILE}: the disclosure as JSON on stdout, with reading and checking findings. */
final class ParseCommand {

    private final PrintStream out;
    private final PrintStream err;

    ParseCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        List<String> files = args.stream().filter(a -> !a.equals("--json")).toList();
        if (files.size() != 1) {
            err.println("parse 需要且只需要一个文件 (parse takes exactly one file)");
            return BudgetCli.usage(err, BudgetCli.CANNOT_READ);
        }
        Path file = Path.of(files.get(0));
        String text;
        try {
            text = DocumentFiles.readText(file);
        } catch (UnreadableDocumentException e) {
            err.println(e.getMessage());
            return BudgetCli.CANNOT_READ;
        }
        ReadResult result = new DisclosureReader().read(text);
        if (!result.isDisclosure()) {
            result.findings().forEach(f -> err.println(file.getFileName() + "：" + FindingLines.format(f)));
            return BudgetCli.ERRORS_FOUND;
        }
        List<Finding> findings = new ArrayList<>(result.findings());
        findings.addAll(new DisclosureChecker().check(result.disclosure()).findings());
        out.println(DisclosureJson.write(result.disclosure(), findings));
        boolean errors = findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
        if (errors) {
            err.println(file.getFileName() + "：有错误级别的发现，见 JSON 中的 findings（errors found, see findings）");
        }
        return errors ? BudgetCli.ERRORS_FOUND : BudgetCli.OK;
    }
}
