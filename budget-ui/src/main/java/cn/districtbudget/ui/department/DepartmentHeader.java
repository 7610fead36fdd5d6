package cn.districtbudget.ui.department;

import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.data.catalog.DepartmentSummary;
import cn.districtbudget.data.catalog.DisclosureSummary;
import cn.districtbudget.data.department.DepartmentPage;
import cn.districtbudget.ui.shell.Amounts;
import cn.districtbudget.ui.shell.Routes;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

/** The department's name and facts, the year switcher, the other kind, and the previous and next department. */
class DepartmentHeader extends Div {

    DepartmentHeader(DepartmentPage page) {
        DepartmentSummary department = page.department();
        DisclosureSummary shown = page.shown();
        H2 name = new H2(department.name());
        name.setId("department-name");
        Div facts = new Div(name);
        facts.addClassName("dept-header");
        fact(facts, "编码", department.code());
        fact(facts, "区划", department.regionName());
        fact(facts, "单位性质", department.nature() == null ? null : department.nature().label());
        fact(facts, "单位规格", department.rank());
        fact(facts, "经费保障形式", department.fundingForm() == null ? null : department.fundingForm().label());
        add(facts);

        Select<DisclosureSummary> years = new Select<>();
        years.setId("department-year");
        years.setLabel("年度");
        years.setItems(page.yearsOfKind());
        years.setItemLabelGenerator(s -> s.year() + " 年");
        if (shown != null && shown.current()) {
            years.setValue(shown);
        }
        years.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                Routes.navigate(link(page, e.getValue().year(), page.kind()));
            }
        });
        HorizontalLayout bar = new HorizontalLayout(years);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        Integer year = shown == null ? null : shown.year();
        if (page.hasOtherKind()) {
            DisclosureKind other = page.kind() == DisclosureKind.BUDGET ? DisclosureKind.FINAL_ACCOUNTS : DisclosureKind.BUDGET;
            Anchor switchKind = new Anchor(link(page, year, other), "查看" + other.label());
            switchKind.setId("switch-kind");
            bar.add(switchKind);
        }
        long region = department.regionId();
        if (page.previous() != null) {
            Anchor a = new Anchor(Routes.departmentLink(page.previous().id(), region, year), "← 上一个：" + page.previous().name());
            a.setId("previous-department");
            bar.add(a);
        }
        if (page.next() != null) {
            Anchor a = new Anchor(Routes.departmentLink(page.next().id(), region, year), "下一个：" + page.next().name() + " →");
            a.setId("next-department");
            bar.add(a);
        }
        add(bar);
    }

    static String link(DepartmentPage page, Integer year, DisclosureKind kind) {
        return Routes.departmentLink(page.department().id(), page.department().regionId(), year,
                kind == DisclosureKind.BUDGET ? null : kind);
    }

    private static void fact(Div facts, String label, String value) {
        Span fact = new Span(label + "：" + (value == null ? Amounts.NOT_STATED : value));
        fact.addClassName("fact");
        facts.add(fact);
    }
}
