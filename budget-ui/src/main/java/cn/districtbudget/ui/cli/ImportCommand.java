package cn.districtbudget.ui.cli;

import cn.districtbudget.data.importing.ImportOutcome;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code import FILE...|DIR [--spring.option=value...]}: stores the documents in the configured database and prints
 * one line per file. Exit 2 when a file failed, 1 when a stored disclosure has ERROR findings, else 0.
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
        for (String arg : args) {
            if (arg.startsWith("--")) {
                springArgs.add(arg);
            } else {
                paths.add(Path.of(arg));
            }
        }
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
        launcher.importPaths(paths, springArgs, outcome -> {
            report(outcome);
            if (outcome.failed()) {
                counts[0]++;
            } else if (outcome.errorCount() > 0) {
                counts[1]++;
            } else {
                counts[2]++;
            }
        });
        out.println("共 " + (counts[0] + counts[1] + counts[2]) + " 个文件：" + counts[0] + " 个失败，"
                + counts[1] + " 个有错误，" + counts[2] + " 个无错误");
        if (counts[0] > 0) {
            return BudgetCli.CANNOT_READ;
        }
        return counts[1] > 0 ? BudgetCli.ERRORS_FOUND : BudgetCli.OK;
    }

    private void report(ImportOutcome outcome) {
        if (outcome.failed()) {
            err.println(outcome.fileName() + "：" + outcome.status().label() + "：" + outcome.reason());
            return;
        }
        out.println(outcome.fileName() + "：" + outcome.status().label() + "，" + outcome.departmentName() + " "
                + outcome.year() + "年 " + outcome.kind().label() + "（第" + outcome.revision() + "版），"
                + outcome.findingCount() + " 个发现，其中 " + outcome.errorCount() + " 个错误");
    }
}
