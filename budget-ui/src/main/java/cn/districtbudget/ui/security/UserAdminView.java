package cn.districtbudget.ui.security;

import cn.districtbudget.ui.shell.Times;
import cn.districtbudget.data.account.AccountRejected;
import cn.districtbudget.data.account.Role;
import cn.districtbudget.data.account.UserAccount;
import cn.districtbudget.data.account.UserAccounts;
import cn.districtbudget.ui.shell.MainLayout;
import cn.districtbudget.ui.shell.Routes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.stream.Collectors;

/** 用户管理 (ADMIN only): create users, disable or enable them, reset passwords, assign roles. */
@Menu(title = "用户管理", order = 7, icon = "vaadin:users")
@Route(value = Routes.USERS, layout = MainLayout.class)
@PageTitle("用户管理 · 部门预算公开看板")
@RolesAllowed(Roles.ADMIN)
public class UserAdminView extends VerticalLayout {

    private final UserAccounts accounts;
    private final Grid<UserAccount> grid = new Grid<>();

    public UserAdminView(UserAccounts accounts) {
        this.accounts = accounts;
        setSizeFull();
        Button create = new Button("新建用户", e -> UserDialogs.create(accounts, this::refresh).open());
        create.setId("new-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("users");
        grid.addColumn(UserAccount::username).setHeader("用户名").setSortable(true).setAutoWidth(true);
        grid.addColumn(a -> a.displayName() == null ? "" : a.displayName()).setHeader("显示名称").setAutoWidth(true);
        grid.addColumn(UserAdminView::roles).setHeader("角色").setAutoWidth(true);
        grid.addColumn(UserAdminView::state).setHeader("状态").setAutoWidth(true);
        grid.addColumn(a -> Times.format(a.createdAt())).setHeader("创建时间").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("操作").setKey("actions").setAutoWidth(true);
        grid.setSizeFull();
        add(new H2("用户管理"), create, grid);
        refresh();
    }

    static String roles(UserAccount account) {
        return account.roles().stream().sorted().map(Role::label).collect(Collectors.joining("、"));
    }

    static String state(UserAccount account) {
        if (!account.enabled()) {
            return "已停用";
        }
        if (account.lockedAt(Instant.now())) {
            return "已锁定至 " + Times.format(account.lockedUntil());
        }
        return "正常";
    }

    private HorizontalLayout actions(UserAccount account) {
        Button toggle = new Button(account.enabled() ? "停用" : "启用",
                e -> apply(() -> accounts.setEnabled(CurrentUser.actor(), account.username(), !account.enabled()),
                        account.enabled() ? "已停用 " + account.username() : "已启用 " + account.username()));
        toggle.setId("toggle-" + account.username());
        Button reset = new Button("重置密码", e -> UserDialogs.resetPassword(accounts, account, this::refresh).open());
        reset.setId("reset-" + account.username());
        Button roles = new Button("分配角色", e -> UserDialogs.roles(accounts, account, this::refresh).open());
        roles.setId("roles-" + account.username());
        for (Button b : new Button[] {toggle, reset, roles}) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        return new HorizontalLayout(toggle, reset, roles);
    }

    private void apply(Runnable change, String done) {
        try {
            change.run();
            Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (AccountRejected e) {
            Notification.show(e.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    void refresh() {
        grid.setItems(accounts.list());
    }

}
