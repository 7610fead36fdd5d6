package cn.districtbudget.ui.department;

import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.data.catalog.DisclosureSummary;
import cn.districtbudget.data.department.DepartmentPage;
import cn.districtbudget.data.department.DepartmentPages;
import cn.districtbudget.ui.findings.FindingsGrid;
import cn.districtbudget.ui.security.Roles;
import cn.districtbudget.ui.shell.EmptyState;
import cn.districtbudget.ui.shell.MainLayout;
import cn.districtbudget.ui.shell.Panels;
import cn.districtbudget.ui.shell.Routes;
import cn.districtbudget.ui.shell.Selection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;

/**
 * One department: header, a year switcher, every section of its disclosure with charts and tables, its standard
 * tables as read (标准表, when it has any), the stated figures with where each was read, its findings, earlier
 * revisions and the original text (read on opening); links to the previous and next department. One {@link DepartmentPages#page} call per navigation.
 * URL: {@code department/ID?year=YYYY&kind=FINAL_ACCOUNTS&disclosure=REVISION_ID}.
 */
@Route(value = Routes.DEPARTMENT + "/:departmentId", layout = MainLayout.class)
@RolesAllowed({Roles.LEADER, Roles.STAFF, Roles.ADMIN})
public class DepartmentView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DepartmentPages pages;
    private final AuthenticationContext authentication;
    private String title = "部门 · 部门预算公开看板";

    public DepartmentView(DepartmentPages pages, AuthenticationContext authentication) {
        this.pages = pages;
        this.authentication = authentication;
        addClassName("view");
        setId("department");
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** The id in the address, if it is one ({@code department/abc} or a number too long for a long is not). */
    static Optional<Long> departmentId(String text) {
        if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(text));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        QueryParameters parameters = event.getLocation().getQueryParameters();
        DisclosureKind kind = Selection.first(parameters, Routes.KIND).filter("FINAL_ACCOUNTS"::equals).isPresent()
                ? DisclosureKind.FINAL_ACCOUNTS : DisclosureKind.BUDGET;
        Integer wantedYear = Selection.intParameter(parameters, Routes.YEAR);
        Long wantedDisclosure = Selection.longParameter(parameters, Routes.DISCLOSURE);
        Optional<DepartmentPage> found = departmentId(event.getRouteParameters().get("departmentId").orElse(""))
                .flatMap(id -> pages.page(id, wantedYear, kind, wantedDisclosure));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "没有这个部门。");
            return;
        }
        DepartmentPage page = found.get();
        title = page.department().name() + " · 部门预算公开看板";
        add(new DepartmentHeader(page));
        DisclosureSummary shown = page.shown();
        if (shown == null) {
            add(new EmptyState("该部门尚无" + kind.label() + "公开说明。"));
            return;
        }
        if (wantedYear != null && wantedYear != shown.year() && wantedDisclosure == null) {
            hint("该部门 " + wantedYear + " 年没有" + kind.label() + "公开说明，显示 " + shown.year() + " 年。", "hint");
        }
        if (!shown.current()) {
            hint("正在查看第 " + shown.revision() + " 版（非当前版本）。", "rise");
        }
        add(sections(page));
    }

    private void hint(String text, String className) {
        Span note = new Span(text);
        note.addClassName(className);
        add(note);
    }

    private Component sections(DepartmentPage page) {
        DepartmentPage.Shown content = page.content();
        Disclosure d = content.disclosure();
        DisclosureSummary shown = page.shown();
        Span subtitle = new Span(SectionTables.title(d) + " · 金额单位：万元（原文单位：" + d.unit().label() + "）");
        subtitle.addClassName("hint");
        Div body = new Div(subtitle, FigureTables.revenueAndExpenditure(d), ThreePublicPanels.of(page, d));
        String resultsLink = authentication.hasAnyRole("STAFF", "ADMIN") // leaders read grades; only staff enter results
                ? PerformancePanel.resultsLink(page.department().id(), shown.year()) : null;
        body.add(Panels.panel("绩效目标", new PerformancePanel(d, content.indicators(), resultsLink)));
        body.add(HoldingsPanels.of(d.procurement(), d.fixedAssets()));
        Optional<TablesPanel> tables = TablesPanel.of(content.tables());
        tables.ifPresent(t -> body.add(t.panel()));
        body.add(Panels.panel("公开数字及出处", FiguresPanel.of(d.figures())));
        body.add(Panels.panel("发现的问题", findings(content.findings(), tables)));
        body.add(Panels.panel("修订记录", new RevisionsGrid(content.revisions(), shown, page.department().id(),
                page.department().regionId())));
        body.add(Panels.panel("原文", new OriginalTextPanel(() -> pages.originalText(shown.id()))));
        return body;
    }

    private static Component findings(List<Finding> findings, Optional<TablesPanel> tables) {
        if (findings.isEmpty()) {
            return new Span("未发现问题。");
        }
        FindingsGrid<Finding> grid = new FindingsGrid<Finding>("department-findings", true)
                .severity(Finding::severity).rule(Finding::rule).section(Finding::section).message(Finding::message)
                .line(Finding::line);
        tables.ifPresent(t -> t.linkFrom(grid));
        grid.setItems(findings);
        grid.setAllRowsVisible(findings.size() <= 15);
        return grid;
    }
}
