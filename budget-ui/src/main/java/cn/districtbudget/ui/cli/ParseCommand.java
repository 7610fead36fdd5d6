package cn.districtbudget.ui.cli;

import cn.districtbudget.core.json.DisclosureJson;
import cn.districtbudget.data.files.UnreadableDocumentException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code parse [--json] FILE}: the disclosure as JSON on stdout, with reading and checking findings, and for a .pdf,
 * .xlsx, .xls or .docx the standard tables read from it with their findings (docs/json-format.md).
 */
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
        Path path = Path.of(files.get(0));
        ReadFile file;
        try {
            file = ReadFile.read(path);
        } catch (UnreadableDocumentException e) {
            err.println(e.getMessage());
            return BudgetCli.CANNOT_READ;
        }
        if (file.disclosure() == null && !file.tablesOnly()) {
            file.findings().forEach(f -> err.println(file.name() + "：" + FindingLines.format(f)));
            if (file.findings().isEmpty()) {
                err.println(file.name() + "：既没有公开说明正文，也没有识别出标准表（neither a disclosure text nor standard tables）");
            }
            return BudgetCli.ERRORS_FOUND;
        }
        if (file.tables() == null) {
            out.println(DisclosureJson.write(file.disclosure(), file.findings()));
        } else {
            out.println(DisclosureJson.write(file.disclosure(), file.findings(), file.tables()));
        }
        boolean errors = file.hasErrors();
        if (errors) {
            err.println(file.name() + "：有错误级别的发现，见 JSON 中的 findings / tableFindings（errors found, see findings）");
        }
        return errors ? BudgetCli.ERRORS_FOUND : BudgetCli.OK;
    }
}
