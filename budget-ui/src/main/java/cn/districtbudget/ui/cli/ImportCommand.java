package cn.districtbudget.ui.cli;

import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.data.importing.IdentityPart;
import cn.districtbudget.data.importing.ImportOptions;
import cn.districtbudget.data.importing.ImportOutcome;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code import [--set] [--department NAME] [--year YYYY] [--kind BUDGET|FINAL_ACCOUNTS] FILE...|DIR
 * [--spring.option=value...]}: stores the documents in the configured database and prints one line per file; with
 * {@code --set} the files are one disclosure (a narrative and its tables file) and one line is printed. The three options say what the
 * texts do not (they override what a text says). A text without department or year, and a document whose 编码 and name
 * belong to two stored departments, are refused with one line saying so. Exit 2 when a file failed or was refused,
 * 1 when a stored disclosure has ERROR findings, else 0.
 */
final class ImportCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final ImportLauncher launcher;

    ImportCommand(PrintStream out, PrintStream err, ImportLauncher launcher) {
        this.out = out;
        this.err = err;
        this.launcher = launcher;
    }

    int run(List<String> args) {
        List<Path> paths = new ArrayList<>();
        List<String> springArgs = new ArrayList<>();
        String department = null;
        Integer year = null;
        DisclosureKind kind = null;
        boolean set = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--set")) {
                set = true;
                continue;
            }
            String option = HINTS.stream().filter(h -> arg.equals(h) || arg.startsWith(h + "=")).findFirst().orElse(null);
            if (option != null) {
                String value = arg.equals(option) ? (i + 1 < args.size() ? args.get(++i) : null)
                        : arg.substring(option.length() + 1);
                if (value == null || value.isBlank()) {
                    err.println(option + " 需要一个值 (" + option + " takes a value)");
                    return BudgetCli.usage(err, BudgetCli.CANNOT_READ);
                }
                switch (option) {
                    case "--department" -> department = value.strip();
                    case "--year" -> {
                        year = year(value);
                        if (year == null) {
                            err.println("--year 应为 1990–2100 之间的四位年份，而不是“" + value + "” (--year takes a year)");
                            return BudgetCli.CANNOT_READ;
                        }
                    }
                    default -> {
                        kind = kind(value);
                        if (kind == null) {
                            err.println("--kind 应为 BUDGET（部门预算）或 FINAL_ACCOUNTS（部门决算），而不是“" + value
                                    + "” (--kind takes BUDGET or FINAL_ACCOUNTS)");
                            return BudgetCli.CANNOT_READ;
                        }
                    }
                }
            } else if (arg.startsWith("--")) {
                springArgs.add(arg);
            } else {
                paths.add(Path.of(arg));
            }
        }
        ImportOptions options = ImportOptions.hints(department, year, kind);
        if (paths.isEmpty()) {
            err.println("import 需要文件或目录 (import takes files or directories)");
            return BudgetCli.usage(err, BudgetCli.CANNOT_READ);
        }
        boolean missing = false;
        for (Path path : paths) {
            if (!Files.exists(path)) {
                err.println("无法读取文件“" + path + "”：文件或目录不存在（cannot read " + path + ": no such file or directory）");
                missing = true;
            }
        }
        if (missing) {
            return BudgetCli.CANNOT_READ;
        }
        int[] counts = new int[3];
        java.util.function.Consumer<ImportOutcome> each = outcome -> {
            report(outcome);
            if (outcome.failed()) {
                counts[0]++;
            } else if (outcome.errorCount() > 0) {
                counts[1]++;
            } else {
                counts[2]++;
            }
        };
        if (set) {
            launcher.importSet(paths, springArgs, options, each);
        } else {
            launcher.importPaths(paths, springArgs, options, each);
        }
        out.println("共 " + (counts[0] + counts[1] + counts[2]) + " 个文件：" + counts[0] + " 个失败，"
                + counts[1] + " 个有错误，" + counts[2] + " 个无错误");
        if (counts[0] > 0) {
            return BudgetCli.CANNOT_READ;
        }
        return counts[1] > 0 ? BudgetCli.ERRORS_FOUND : BudgetCli.OK;
    }

    private static final List<String> HINTS = List.of("--department", "--year", "--kind");

    private static Integer year(String value) {
        if (!value.strip().matches("\\d{4}")) {
            return null;
        }
        int year = Integer.parseInt(value.strip());
        return year >= 1990 && year <= 2100 ? year : null;
    }

    private static DisclosureKind kind(String value) {
        for (DisclosureKind kind : DisclosureKind.values()) {
            if (kind.name().equalsIgnoreCase(value.strip()) || kind.label().equals(value.strip())) {
                return kind;
            }
        }
        return null;
    }

    private void report(ImportOutcome outcome) {
        if (outcome.needsIdentity()) {
            String missing = outcome.missing().stream().sorted().map(p -> p == IdentityPart.DEPARTMENT
                    ? "部门（用 --department 名称 给出）" : "年度（用 --year 年份 给出）").reduce((a, b) -> a + "和" + b).orElse("");
            err.println(outcome.fileName() + "：" + outcome.status().label() + "：文本未写明" + missing);
            return;
        }
        if (outcome.failed()) {
            err.println(outcome.fileName() + "：" + outcome.status().label() + "：" + outcome.reason());
            return;
        }
        out.println(outcome.fileName() + "：" + outcome.status().label() + "，" + outcome.departmentName() + " "
                + outcome.year() + "年 " + outcome.kind().label() + "（第" + outcome.revision() + "版），"
                + outcome.findingCount() + " 个发现，其中 " + outcome.errorCount() + " 个错误");
    }
}
