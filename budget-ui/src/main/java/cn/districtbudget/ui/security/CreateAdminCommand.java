package cn.districtbudget.ui.security;

import cn.districtbudget.data.account.AccountRejected;
import cn.districtbudget.data.account.PasswordPolicy;
import cn.districtbudget.data.account.Role;
import cn.districtbudget.data.account.UserAccounts;
import java.io.Console;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import cn.districtbudget.ui.console.CommandFailures;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code create-admin NAME [--spring.option=value...]}: creates an enabled ADMIN in the configured database, the only
 * way to get the first account outside the demo. The password comes from the environment variable
 * {@value #PASSWORD_VARIABLE} or is read twice from the console, never from the command line. The audit log records
 * the operating-system user. Exit 0 when created, 2 otherwise.
 */
public final class CreateAdminCommand {

    public static final String PASSWORD_VARIABLE = "BUDGET_ADMIN_PASSWORD";
    static final int OK = 0;
    static final int FAILED = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final Function<String, String> environment;
    private final Console console;

    public CreateAdminCommand(PrintStream out, PrintStream err) {
        this(out, err, System::getenv, System.console());
    }

    CreateAdminCommand(PrintStream out, PrintStream err, Function<String, String> environment, Console console) {
        this.out = out;
        this.err = err;
        this.environment = environment;
        this.console = console;
    }

    public int run(List<String> args) {
        List<String> names = args.stream().filter(a -> !a.startsWith("--")).toList();
        List<String> springArgs = args.stream().filter(a -> a.startsWith("--")).toList();
        if (names.size() != 1) {
            err.println("用法：java -jar budget-ui.jar create-admin 用户名 [--spring.profiles.active=postgres ...]");
            err.println("密码从控制台读取，或取自环境变量 " + PASSWORD_VARIABLE + "。");
            return FAILED;
        }
        String password = password();
        if (password == null) {
            return FAILED;
        }
        try {
            PasswordPolicy.check(password);
        } catch (AccountRejected e) {
            err.println("密码不符合要求：" + e.getMessage());
            return FAILED;
        }
        String actor = System.getProperty("user.name", "命令行");
        try (ConfigurableApplicationContext context = start(springArgs)) {
            UserAccounts accounts = context.getBean(UserAccounts.class);
            accounts.create(actor, names.get(0), "管理员", password, Set.of(Role.ADMIN));
            out.println("已创建管理员 " + UserAccounts.normalize(names.get(0)) + "。现在可以启动服务并用它登录。");
            return OK;
        } catch (AccountRejected e) {
            err.println("未能创建管理员：" + e.getMessage());
            return FAILED;
        } catch (RuntimeException e) {
            // the database cannot be used (held open by a running server, unreachable): one line, no stack trace
            err.println("未能创建管理员：" + CommandFailures.oneLine(e));
            return FAILED;
        }
    }

    private String password() {
        String fromEnvironment = environment.apply(PASSWORD_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        if (console == null) {
            err.println("没有可用的控制台：请通过环境变量 " + PASSWORD_VARIABLE + " 提供密码。");
            return null;
        }
        char[] first = console.readPassword("新管理员的密码（至少 %d 个字符）：", PasswordPolicy.MIN_LENGTH);
        char[] second = console.readPassword("再次输入密码：");
        if (first == null || second == null || !Arrays.equals(first, second)) {
            err.println("两次输入的密码不一致，未创建管理员。");
            return null;
        }
        return new String(first);
    }

    private static ConfigurableApplicationContext start(List<String> springArgs) {
        List<String> args = CommandFailures.quietSpringArgs(springArgs);
        return new SpringApplicationBuilder(AccountsCommandConfiguration.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .run(args.toArray(String[]::new));
    }
}
