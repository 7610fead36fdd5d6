package cn.districtbudget.ui.console;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the command line says, in one line, when a command that starts Spring fails for a reason the user can act
 * on, instead of a stack trace; and the logging arguments that keep Spring's own failure report (dozens of lines of
 * trace) off the terminal. {@code --logging.level.root=WARN} on the command line shows the log again.
 */
public final class CommandFailures {

    /** H2's error code for a file database another process holds open (DATABASE_ALREADY_OPEN_1). */
    static final int H2_DATABASE_IN_USE = 90020;

    public static final String DATABASE_IN_USE =
            "数据库正被运行中的服务器使用，请先停止服务器再运行此命令（the database is in use by a running server: stop it first）";

    private CommandFailures() {
    }

    /**
     * The Spring arguments every command starts with: no log on the terminal (the command prints its own lines),
     * no start-up banner or info, no demo data; the user's own arguments come after and win.
     */
    public static List<String> quietSpringArgs(List<String> userArgs) {
        List<String> args = new ArrayList<>();
        args.add("--logging.level.root=OFF");
        args.add("--spring.main.log-startup-info=false");
        if (userArgs.stream().noneMatch(a -> a.startsWith("--budget.demo.enabled"))) {
            args.add("--budget.demo.enabled=false");
        }
        args.addAll(userArgs);
        return args;
    }

    /** The one line for a failure the user can act on, if this is one. */
    public static Optional<String> explain(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() == H2_DATABASE_IN_USE
                    || String.valueOf(sql.getMessage()).contains("Database may be already in use"))) {
                return Optional.of(DATABASE_IN_USE);
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.net.ConnectException || String.valueOf(t.getMessage()).contains("Connection refused")) {
                return Optional.of("无法连接数据库，请检查数据库地址和是否已启动（cannot connect to the database: check its URL and that it runs）");
            }
        }
        return Optional.empty();
    }

    /** The one line for any failure: the explanation if there is one, else the failure's type and message. */
    public static String oneLine(Throwable failure) {
        return explain(failure).orElseGet(() -> {
            Throwable root = failure;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String message = String.valueOf(root.getMessage()).lines().findFirst().orElse("");
            if (message.length() > 300) {
                message = message.substring(0, 300) + "…";
            }
            return "命令执行失败（" + root.getClass().getSimpleName() + "：" + message + "）(command failed)";
        });
    }
}
