package cn.districtbudget.ui.cli;

import cn.districtbudget.core.json.DisclosureJson;
import cn.districtbudget.data.files.UnreadableDocumentException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code parse [--json] [--department NAME] [--year YYYY] [--kind KIND] FILE} (or {@code --set FILE...}, the files
 * of one disclosure): the disclosure as JSON on stdout, with reading, checking and text-against-table findings, and
 * for a .pdf, .xlsx, .xls or .docx the standard tables read with their findings (docs/json-format.md).
 */
final class ParseCommand {

    private final PrintStream out;
    private final PrintStream err;

    ParseCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        CommandOptions options;
        try {
            options = CommandOptions.parse(args.stream().filter(a -> !a.equals("--json")).toList());
        } catch (CommandOptions.BadOption e) {
            err.println(e.getMessage());
            return BudgetCli.CANNOT_READ;
        }
        if (options.paths().isEmpty() || (options.paths().size() > 1 && !options.set())) {
            err.println("parse 需要一个文件，或用 --set 给出合为一份公开的几个文件 "
                    + "(parse takes one file, or with --set the files of one disclosure)");
            return BudgetCli.usage(err, BudgetCli.CANNOT_READ);
        }
        ReadSet set;
        try {
            set = ReadSet.read(options.paths(), options.hints());
        } catch (UnreadableDocumentException e) {
            err.println(e.getMessage());
            return BudgetCli.CANNOT_READ;
        }
        if (set.disclosure() == null && !set.hasTables()) {
            set.findings().forEach(f -> err.println(set.name() + "：" + FindingLines.format(f)));
            if (set.findings().isEmpty()) {
                err.println(set.name() + "：既没有公开说明正文，也没有识别出标准表（neither a disclosure text nor standard tables）");
            }
            return BudgetCli.ERRORS_FOUND;
        }
        if (set.hasTables()) {
            out.println(DisclosureJson.write(set.disclosure(), set.findings(), set.tables()));
        } else {
            out.println(DisclosureJson.write(set.disclosure(), set.findings()));
        }
        boolean errors = set.hasErrors();
        if (errors) {
            err.println(set.name() + "：有错误级别的发现，见 JSON 中的 findings / tableFindings（errors found, see findings）");
        }
        return errors ? BudgetCli.ERRORS_FOUND : BudgetCli.OK;
    }
}
