package cn.districtbudget.ui.cli;

import cn.districtbudget.ui.console.CommandFailures;
import cn.districtbudget.ui.security.CreateAdminCommand;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar budget-ui.jar parse --json FILE | check FILE... | import FILE...|DIR}.
 * Exit codes: 0 no ERROR finding, 1 some ERROR finding (or a text that is not a disclosure), 2 a file that
 * cannot be read, a wrong command line or a database that cannot be used (for example one a running server holds
 * open). Messages go to stderr, one line each, never a stack trace ({@link CommandFailures}).
 * parse and check read and check in-process without Spring; import starts Spring without a web server.
 */
public final class BudgetCli {

    public static final int OK = 0;
    public static final int ERRORS_FOUND = 1;
    public static final int CANNOT_READ = 2;

    private static final Set<String> COMMANDS = Set.of("parse", "check", "import", "create-admin", "help", "--help", "-h");

    private final ImportLauncher importLauncher;

    public BudgetCli() {
        this(new SpringImportLauncher());
    }

    BudgetCli(ImportLauncher importLauncher) {
        this.importLauncher = importLauncher;
    }

    /** True when the arguments name a command (so the web application must not start). */
    public static boolean isCommand(String[] args) {
        return args != null && args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** Runs the command with UTF-8 stdout/stderr and exits the JVM with its code. */
    public static void main(String[] args) {
        quietLogging();
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = new BudgetCli().run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Library logging off for a command (the command prints its own lines): without it, a library that logs an
     * ERROR with its stack trace (POI on a .docx with a DOCTYPE) prints it on the terminal. Commands that start
     * Spring set the same through {@link CommandFailures#quietSpringArgs}.
     */
    static void quietLogging() {
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.OFF);
        }
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        try {
            List<String> rest = Arrays.asList(args).subList(1, args.length);
            return switch (args[0]) {
                case "parse" -> new ParseCommand(out, err).run(rest);
                case "check" -> new CheckCommand(out, err).run(rest);
                case "import" -> new ImportCommand(out, err, importLauncher).run(rest);
                case "create-admin" -> new CreateAdminCommand(out, err).run(rest);
                default -> usage(out, OK);
            };
        } catch (RuntimeException | LinkageError e) {
            err.println(CommandFailures.oneLine(e));
            return CANNOT_READ;
        }
    }

    static int usage(PrintStream stream, int code) {
        stream.println("用法 (usage):");
        stream.println("  java -jar budget-ui.jar parse --json 文件         读取一份公开说明，以 JSON 输出");
        stream.println("  java -jar budget-ui.jar check 文件...             检查勾稽关系，列出发现的问题");
        stream.println("  java -jar budget-ui.jar import 文件...|目录       导入到配置的数据库");
        stream.println("      [--department 部门] [--year 年份] [--kind BUDGET|FINAL_ACCOUNTS]  文本未写明时给出");
        stream.println("      [--set]  所给文件合为一份公开（如说明和表格两个文件）");
        stream.println("  java -jar budget-ui.jar create-admin 用户名       创建管理员（密码从控制台或环境变量 BUDGET_ADMIN_PASSWORD 读取）");
        stream.println("parse/check/import 的文件为 .txt（UTF-8 或 GB18030）、.docx、.pdf（须有文字层）、.xlsx 或 .xls；"
                + "PDF、Excel 和 Word 文件中的标准表格一并读取和检查。");
        stream.println("退出码：0 无错误，1 有错误，2 文件无法读取或命令有误。");
        return code;
    }
}
