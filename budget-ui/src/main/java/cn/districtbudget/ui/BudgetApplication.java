package cn.districtbudget.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts the dashboard (部门预算公开看板). */
@SpringBootApplication(scanBasePackages = "cn.districtbudget")
public class BudgetApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(BudgetApplication.class, args);
    }
}
