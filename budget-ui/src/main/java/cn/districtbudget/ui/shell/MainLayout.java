package cn.districtbudget.ui.shell;

import cn.districtbudget.data.dashboard.RegionSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shell: side navigation in Chinese and, in the top bar, the region and year selectors. Both selectors live
 * in the URL: changing one navigates to the same page with new query parameters, and the side navigation's links
 * carry the current ones, so every page is a link that can be sent to someone. The top bar shows who is logged in
 * and a logout button; the side navigation lists only the pages the user's roles may open.
 */
@CssImport("./styles/dashboard.css")
public class MainLayout extends AppLayout implements BeforeEnterObserver, AfterNavigationObserver {

    private final NavigationSelection navigationSelection;
    private final Select<RegionSummary> regionSelect = new Select<>();
    private final Select<Integer> yearSelect = new Select<>();
    private final List<NavEntry> entries = new ArrayList<>();
    private Location location = new Location("");
    private Selection selection;
    private boolean updating;

    public MainLayout(NavigationSelection navigationSelection, AuthenticationContext authentication) {
        this.navigationSelection = navigationSelection;
        setPrimarySection(Section.DRAWER);

        Span title = new Span("部门预算公开看板");
        title.addClassName("app-title");

        regionSelect.setId("region-select");
        regionSelect.setAriaLabel("行政区划");
        regionSelect.setPlaceholder("行政区划");
        regionSelect.setItemLabelGenerator(r -> r.demo() ? r.name() + "（示例数据）" : r.name());
        regionSelect.addValueChangeListener(e -> {
            if (!updating && e.isFromClient() && e.getValue() != null) {
                navigateWith(Map.of(Routes.REGION, e.getValue().id()), true);
            }
        });
        yearSelect.setId("year-select");
        yearSelect.setAriaLabel("年度");
        yearSelect.setPlaceholder("年度");
        yearSelect.setItemLabelGenerator(y -> y + " 年");
        yearSelect.addValueChangeListener(e -> {
            if (!updating && e.isFromClient() && e.getValue() != null) {
                navigateWith(Map.of(Routes.YEAR, e.getValue()), false);
            }
        });

        HorizontalLayout selectors = new HorizontalLayout(new Span("区划"), regionSelect, new Span("年度"), yearSelect);
        selectors.setAlignItems(FlexComponent.Alignment.BASELINE);
        selectors.addClassName("selectors");
        Span user = new Span(authentication.getPrincipalName().orElse(""));
        user.setId("current-user");
        Button logout = new Button("退出登录", e -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title, selectors, user, logout);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(title);
        bar.addClassName("navbar");
        addToNavbar(bar);

        SideNav nav = new SideNav();
        nav.setId("side-nav");
        // One source: the @Menu of each view, filtered by the same @RolesAllowed that guards the view itself.
        for (MenuEntry menu : MenuConfiguration.getMenuEntries()) {
            nav.addItem(entry(menu));
        }
        Span brand = new Span("区财政局 · 预算公开");
        brand.addClassName("drawer-brand");
        addToDrawer(brand, nav);
    }

    private SideNavItem entry(MenuEntry menu) {
        String path = menu.path().startsWith("/") ? menu.path().substring(1) : menu.path();
        String[] icon = menu.icon() == null ? new String[0] : menu.icon().split(":", 2);
        SideNavItem item = icon.length == 2 ? new SideNavItem(menu.title(), path, new Icon(icon[0], icon[1]))
                : new SideNavItem(menu.title(), path);
        entries.add(new NavEntry(item, path));
        return item;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        navigationSelection.refresh(event.getLocation().getQueryParameters());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        location = event.getLocation();
        selection = navigationSelection.of(location.getQueryParameters());
        updating = true;
        try {
            regionSelect.setItems(selection.regions());
            regionSelect.setValue(selection.region());
            yearSelect.setItems(selection.years());
            yearSelect.setValue(selection.year());
        } finally {
            updating = false;
        }
        for (NavEntry entry : entries) {
            entry.item().setPath(Routes.link(entry.path(), selection.parameters()));
        }
    }

    /** The same page with the given region or year; a new region drops the year (its latest is shown). */
    private void navigateWith(Map<String, Object> changed, boolean regionChanged) {
        Map<String, List<String>> parameters = new LinkedHashMap<>(location.getQueryParameters().getParameters());
        if (regionChanged) {
            parameters.remove(Routes.YEAR);
        } else if (selection != null && selection.regionId() != null) {
            parameters.put(Routes.REGION, List.of(String.valueOf(selection.regionId())));
        }
        changed.forEach((name, value) -> parameters.put(name, List.of(String.valueOf(value))));
        UI.getCurrent().navigate(location.getPath(), new QueryParameters(parameters));
    }

    /** A side navigation item and the path it leads to. */
    private record NavEntry(SideNavItem item, String path) {
    }
}
