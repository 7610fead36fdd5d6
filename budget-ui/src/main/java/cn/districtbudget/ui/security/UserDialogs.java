package cn.districtbudget.ui.security;

import cn.districtbudget.data.account.AccountRejected;
import cn.districtbudget.data.account.PasswordPolicy;
import cn.districtbudget.data.account.Role;
import cn.districtbudget.data.account.UserAccount;
import cn.districtbudget.data.account.UserAccounts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

/** The dialogs of the user page; each reports a refused change inside the dialog and keeps it open. */
final class UserDialogs {

    private UserDialogs() {
    }

    static Dialog create(UserAccounts accounts, Runnable done) {
        TextField username = new TextField("用户名");
        username.setId("new-username");
        TextField displayName = new TextField("显示名称");
        displayName.setId("new-display-name");
        PasswordField password = passwordField("初始密码", "new-password");
        PasswordField repeat = passwordField("确认密码", "new-password-repeat");
        CheckboxGroup<Role> roles = roleChoice("new-roles", Set.of(Role.LEADER));
        return dialog("新建用户", "create-user", done, new FormLayout(username, displayName, password, repeat, roles),
                () -> {
                    requireSame(password, repeat);
                    accounts.create(CurrentUser.actor(), username.getValue(), displayName.getValue(),
                            password.getValue(), roles.getValue());
                    return "已创建用户 " + UserAccounts.normalize(username.getValue());
                });
    }

    static Dialog resetPassword(UserAccounts accounts, UserAccount account, Runnable done) {
        PasswordField password = passwordField("新密码", "reset-password");
        PasswordField repeat = passwordField("确认新密码", "reset-password-repeat");
        return dialog("重置 " + account.username() + " 的密码", "save-password", done,
                new FormLayout(password, repeat), () -> {
                    requireSame(password, repeat);
                    accounts.resetPassword(CurrentUser.actor(), account.username(), password.getValue());
                    return "已重置 " + account.username() + " 的密码";
                });
    }

    static Dialog roles(UserAccounts accounts, UserAccount account, Runnable done) {
        CheckboxGroup<Role> roles = roleChoice("edit-roles", account.roles());
        return dialog("分配 " + account.username() + " 的角色", "save-roles", done, new FormLayout(roles), () -> {
            accounts.assignRoles(CurrentUser.actor(), account.username(), roles.getValue());
            return "已调整 " + account.username() + " 的角色";
        });
    }

    private static Dialog dialog(String title, String saveId, Runnable done, FormLayout form, Supplier<String> save) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        Span error = new Span();
        error.setId("dialog-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        dialog.add(form, error);
        Button saveButton = new Button("保存", e -> {
            try {
                String message = save.get();
                dialog.close();
                Notification.show(message).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                done.run();
            } catch (AccountRejected rejected) {
                error.setText(rejected.getMessage());
            }
        });
        saveButton.setId(saveId);
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("取消", e -> dialog.close()), saveButton);
        return dialog;
    }

    private static PasswordField passwordField(String label, String id) {
        PasswordField field = new PasswordField(label);
        field.setId(id);
        field.setHelperText("至少 " + PasswordPolicy.MIN_LENGTH + " 个字符");
        return field;
    }

    private static CheckboxGroup<Role> roleChoice(String id, Set<Role> selected) {
        CheckboxGroup<Role> roles = new CheckboxGroup<>("角色");
        roles.setId(id);
        roles.setItems(EnumSet.allOf(Role.class));
        roles.setItemLabelGenerator(r -> switch (r) {
            case LEADER -> "领导（查看全部看板，只读）";
            case STAFF -> "工作人员（另可导入、录入绩效结果）";
            case ADMIN -> "管理员（另可管理用户、查看审计日志）";
        });
        roles.setValue(selected);
        return roles;
    }

    private static void requireSame(PasswordField password, PasswordField repeat) {
        if (!password.getValue().equals(repeat.getValue())) {
            throw new AccountRejected("两次输入的密码不一致");
        }
    }
}
