package cn.districtbudget.ui.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.data.account.Role;
import cn.districtbudget.data.account.UserAccount;
import cn.districtbudget.data.account.UserAccounts;
import cn.districtbudget.data.audit.AuditAction;
import cn.districtbudget.data.audit.AuditEntry;
import cn.districtbudget.data.audit.AuditFilter;
import cn.districtbudget.data.audit.AuditLog;
import cn.districtbudget.ui.testsupport.KaribuLogin;
import cn.districtbudget.ui.testsupport.KaribuTest;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Login page, user administration and the audit page in the browserless UI. */
class SecurityViewsTest extends KaribuTest {

    @Override
    protected Role signedInAs() {
        return null; // the login page and the refusals are what is tested
    }

    @Autowired
    UserAccounts accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void oneAdmin() {
        jdbc.sql("delete from user_account_role").update();
        jdbc.sql("delete from user_account").update();
        accounts.create("test", "root", null, "管理员的密码-2026", Set.of(Role.ADMIN));
        jdbc.sql("delete from audit_entry").update();
    }

    private static void navigate(String location) {
        UI.getCurrent().navigate(location);
    }

    @Test
    void anonymousUsersOnlySeeTheChineseLoginPage() {
        for (String page : new String[] {"", "admin/users", "admin/audit"}) {
            navigate(page);
            _assertOne(LoginView.class);
            _assertNone(UserAdminView.class);
            _assertNone(AuditView.class);
        }
        LoginForm form = _get(LoginForm.class);
        String i18n = ((elemental.json.JsonValue) form.getElement().getPropertyRaw("i18n")).toJson();
        assertThat(i18n).contains("\"title\":\"登录\"").contains("\"username\":\"用户名\"")
                .contains("\"password\":\"密码\"").contains("锁定 15 分钟");
        assertThat(form.getAction()).isEqualTo("login");
        _assertNone(Span.class, spec -> spec.withId("demo-accounts"));

        UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("error", "")));
        assertThat(_get(LoginForm.class).isError()).isTrue();
    }

    @Test
    void theAdminCreatesDisablesResetsAndAssignsRolesAndEachIsAuditedInTheirName() {
        KaribuLogin.as("root", Role.ADMIN);
        navigate("admin/users");
        _assertOne(UserAdminView.class);

        ButtonKt._click(_get(Button.class, spec -> spec.withId("new-user")));
        _get(TextField.class, spec -> spec.withId("new-username")).setValue("Zhao");
        _get(TextField.class, spec -> spec.withId("new-display-name")).setValue("赵科员");
        _get(PasswordField.class, spec -> spec.withId("new-password")).setValue("赵的密码-2026");
        _get(PasswordField.class, spec -> spec.withId("new-password-repeat")).setValue("不一样的密码");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(CheckboxGroup.class, spec -> spec.withId("new-roles"));
        roles.setValue(Set.of(Role.STAFF));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("create-user")));
        assertThat(_get(Span.class, spec -> spec.withId("dialog-error")).getText()).isEqualTo("两次输入的密码不一致");
        assertThat(accounts.find("zhao")).isEmpty();

        _get(PasswordField.class, spec -> spec.withId("new-password-repeat")).setValue("赵的密码-2026");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("create-user")));
        UserAccount zhao = accounts.find("zhao").orElseThrow();
        assertThat(zhao.roles()).containsExactly(Role.STAFF);
        assertThat(accounts.matches(zhao, "赵的密码-2026")).isTrue();
        @SuppressWarnings("unchecked")
        Grid<UserAccount> grid = _get(Grid.class, spec -> spec.withId("users"));
        assertThat(GridKt._size(grid)).isEqualTo(2);

        ButtonKt._click(rowButton("zhao", "toggle-zhao"));
        assertThat(accounts.find("zhao").orElseThrow().enabled()).isFalse();
        ButtonKt._click(rowButton("zhao", "toggle-zhao"));
        assertThat(accounts.find("zhao").orElseThrow().enabled()).isTrue();

        ButtonKt._click(rowButton("zhao", "reset-zhao"));
        _get(PasswordField.class, spec -> spec.withId("reset-password")).setValue("新的赵密码-2027");
        _get(PasswordField.class, spec -> spec.withId("reset-password-repeat")).setValue("新的赵密码-2027");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("save-password")));
        assertThat(accounts.matches(accounts.find("zhao").orElseThrow(), "新的赵密码-2027")).isTrue();

        ButtonKt._click(rowButton("zhao", "roles-zhao"));
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> edit = _get(CheckboxGroup.class, spec -> spec.withId("edit-roles"));
        edit.setValue(Set.of(Role.LEADER, Role.STAFF));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("save-roles")));
        assertThat(accounts.find("zhao").orElseThrow().roles()).containsExactlyInAnyOrder(Role.LEADER, Role.STAFF);

        // the last admin cannot switch themself off
        ButtonKt._click(rowButton("root", "toggle-root"));
        assertThat(accounts.find("root").orElseThrow().enabled()).isTrue();

        assertThat(audit.find(AuditFilter.all().withActor("root"), 0, 10)).extracting(AuditEntry::action)
                .containsExactly(AuditAction.ROLES_CHANGED, AuditAction.PASSWORD_RESET, AuditAction.USER_ENABLED,
                        AuditAction.USER_DISABLED, AuditAction.USER_CREATED);
    }

    @Test
    void theAuditPageFiltersAndOffersNothingToEdit() {
        audit.record("张三", AuditAction.IMPORT, "科协 2019年部门预算（第1版）", "文件：a.txt");
        audit.record("李四", AuditAction.RESULT_EDIT, "教育局 2020 满意度", "80% → 90%");
        audit.record("匿名", AuditAction.LOGIN_FAILED, "wang", "用户名或密码错误");
        KaribuLogin.as("root", Role.ADMIN);
        navigate("admin/audit");

        @SuppressWarnings("unchecked")
        Grid<AuditEntry> grid = _get(Grid.class, spec -> spec.withId("audit-entries"));
        assertThat(GridKt._size(grid)).isEqualTo(3);
        assertThat(GridKt._get(grid, 0).action()).isEqualTo(AuditAction.LOGIN_FAILED);

        @SuppressWarnings("unchecked")
        ComboBox<String> actor = _get(ComboBox.class, spec -> spec.withId("audit-actor"));
        actor.setValue("张三");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).target()).contains("科协");
        actor.clear();
        @SuppressWarnings("unchecked")
        ComboBox<AuditAction> action = _get(ComboBox.class, spec -> spec.withId("audit-action"));
        action.setValue(AuditAction.RESULT_EDIT);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).actor()).isEqualTo("李四");
        action.clear();
        _get(TextField.class, spec -> spec.withId("audit-text")).setValue("wang");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(_get(Span.class, spec -> spec.withId("audit-total")).getText()).isEqualTo("共 1 条记录");

        assertThat(grid.getEditor().getBinder()).isNull();
        assertThat(grid.getColumns()).allSatisfy(c -> assertThat(c.getEditorComponent()).isNull());
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(_get(AuditView.class), Button.class))
                .as("no button on the audit page").isEmpty();
    }

    @Test
    void aLeaderIsRefusedTheAdminPagesWithAMessage() {
        KaribuLogin.as("wang", Role.LEADER);
        for (String page : new String[] {"admin/users", "admin/audit"}) {
            navigate(page);
            _assertNone(UserAdminView.class);
            _assertNone(AuditView.class);
            _assertOne(AccessDeniedView.class);
        }
        assertThat(_get(AccessDeniedView.class).getElement().getTextRecursively()).contains("无权访问此页面");
    }

    /** A button in the actions column of the user's row (cells are not in the component tree until rendered). */
    @SuppressWarnings("unchecked")
    private static Button rowButton(String username, String id) {
        Grid<UserAccount> grid = _get(Grid.class, spec -> spec.withId("users"));
        for (int row = 0; row < GridKt._size(grid); row++) {
            if (GridKt._get(grid, row).username().equals(username)) {
                Component cell = GridKt._getCellComponent(grid, row, "actions");
                return (Button) cell.getChildren().filter(c -> c.getId().orElse("").equals(id)).findFirst().orElseThrow();
            }
        }
        throw new AssertionError("no row for " + username);
    }
}
