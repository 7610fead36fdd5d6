package cn.districtbudget.ui.shell;

import cn.districtbudget.ui.testsupport.DistrictViewTest;
import cn.districtbudget.ui.testsupport.KaribuLogin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.data.account.Role;
import cn.districtbudget.ui.department.DepartmentView;
import cn.districtbudget.ui.departments.DepartmentsView;
import cn.districtbudget.ui.grades.GradeHeatmapView;
import cn.districtbudget.ui.importing.ImportView;
import cn.districtbudget.ui.overview.OverviewView;
import cn.districtbudget.ui.performance.PerformanceView;
import cn.districtbudget.ui.quality.DataQualityView;
import cn.districtbudget.ui.security.AccessDeniedView;
import cn.districtbudget.ui.security.AuditView;
import cn.districtbudget.ui.security.LoginView;
import cn.districtbudget.ui.security.UserAdminView;
import cn.districtbudget.ui.threepublic.ThreePublicView;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Role x page: each role opens exactly its pages, and a page it may not open is refused (the refusal page, not the
 * view), whatever the menu shows. The table is written out here, independent of the views' annotations.
 */
class RolePageMatrixTest extends DistrictViewTest {

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> STAFF_AND_ADMIN = EnumSet.of(Role.STAFF, Role.ADMIN);
    private static final Set<Role> ADMIN_ONLY = EnumSet.of(Role.ADMIN);

    /** Each page, the path that opens it, and who may. */
    private record Page(Class<? extends Component> view, String path, Set<Role> allowed) {
    }

    private List<Page> pages() {
        long department = catalog.departments(regionId).get(0).id();
        return List.of(
                new Page(OverviewView.class, "", EVERYONE),
                new Page(ThreePublicView.class, "sangong", EVERYONE),
                new Page(GradeHeatmapView.class, "kpi", EVERYONE),
                new Page(DepartmentsView.class, "departments", EVERYONE),
                new Page(DepartmentView.class, "department/" + department, EVERYONE),
                new Page(DataQualityView.class, "quality", EVERYONE),
                new Page(ImportView.class, "import", STAFF_AND_ADMIN),
                new Page(PerformanceView.class, "performance/" + department, STAFF_AND_ADMIN),
                new Page(UserAdminView.class, "admin/users", ADMIN_ONLY),
                new Page(AuditView.class, "admin/audit", ADMIN_ONLY));
    }

    @Test
    void eachRoleOpensExactlyItsPagesAndIsRefusedTheOthers() {
        Map<Role, List<String>> opened = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            KaribuLogin.as("user-" + role.name().toLowerCase(), role);
            for (Page page : pages()) {
                navigate(page.path());
                if (page.allowed().contains(role)) {
                    _assertOne(page.view());
                    _assertNone(AccessDeniedView.class);
                    opened.computeIfAbsent(role, r -> new java.util.ArrayList<>()).add(page.path());
                } else {
                    _assertNone(page.view());
                    _assertOne(AccessDeniedView.class);
                }
            }
        }
        assertThat(opened.get(Role.LEADER)).containsExactly("", "sangong", "kpi", "departments",
                pages().get(4).path(), "quality");
        assertThat(opened.get(Role.STAFF)).hasSize(8).contains("import", "performance/" + catalog.departments(regionId).get(0).id()).doesNotContain("admin/users", "admin/audit");
        assertThat(opened.get(Role.ADMIN)).hasSize(10);
    }

    @Test
    void anonymousUsersGetTheLoginPageForEveryPage() {
        KaribuLogin.logout();
        for (Page page : pages()) {
            navigate(page.path());
            _assertOne(LoginView.class);
            _assertNone(page.view());
        }
    }

    @Test
    void theMenuListsOnlyThePagesOfTheRole() {
        Map<Role, List<String>> menus = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            tearDownVaadin(); // a login is a new page load: a new UI with its own layout
            setUpVaadin();
            KaribuLogin.as("user-" + role.name().toLowerCase(), role);
            navigate("departments");
            menus.put(role, com.github.mvysny.kaributesting.v10.LocatorJ._find(SideNavItem.class).stream()
                    .map(SideNavItem::getLabel).toList());
        }
        List<String> dashboards = List.of("领导驾驶舱", "“三公”经费", "绩效热力图", "部门一览", "数据质量");
        assertThat(menus.get(Role.LEADER)).containsExactlyElementsOf(dashboards);
        assertThat(menus.get(Role.STAFF)).containsExactlyElementsOf(
                java.util.stream.Stream.concat(dashboards.stream(), java.util.stream.Stream.of("导入公开说明")).toList());
        assertThat(menus.get(Role.ADMIN)).containsExactlyElementsOf(java.util.stream.Stream.concat(dashboards.stream(),
                java.util.stream.Stream.of("导入公开说明", "用户管理", "审计日志")).toList());
    }

    @Test
    void everyRouteDeclaresWhoMayOpenItAndIsInTheMatrix() {
        Routes routes = new Routes().autoDiscoverViews("cn.districtbudget.ui");
        Set<Class<?>> inMatrix = pages().stream().map(Page::view).collect(Collectors.toSet());
        for (Class<?> view : routes.getRoutes()) {
            assertThat(view.isAnnotationPresent(RolesAllowed.class) || view.isAnnotationPresent(PermitAll.class)
                    || view.isAnnotationPresent(AnonymousAllowed.class) || view.isAnnotationPresent(DenyAll.class))
                    .as(view.getName() + " declares its access").isTrue();
            if (view != LoginView.class) {
                assertThat(inMatrix).as(view.getName() + " is in the role x page matrix").contains(view);
                assertThat(view.isAnnotationPresent(AnonymousAllowed.class)).as(view.getName()).isFalse();
            }
        }
        assertThat(LoginView.class.isAnnotationPresent(AnonymousAllowed.class)).isTrue();
    }
}
