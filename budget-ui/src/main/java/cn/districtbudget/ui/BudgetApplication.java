package cn.districtbudget.ui;

import cn.districtbudget.ui.cli.BudgetCli;
import com.vaadin.flow.component.page.AppShellConfigurator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts the dashboard (部门预算公开看板). */
@SpringBootApplication(scanBasePackages = "cn.districtbudget")
public class BudgetApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        if (BudgetCli.isCommand(args)) {
            BudgetCli.main(args); // parse/check/import: no web server; parse/check without Spring
            return;
        }
        SpringApplication.run(BudgetApplication.class, args);
    }
}
