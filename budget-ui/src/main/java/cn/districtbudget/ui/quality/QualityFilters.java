package cn.districtbudget.ui.quality;

import cn.districtbudget.core.finding.Severity;
import cn.districtbudget.data.dashboard.FindingCounts;
import cn.districtbudget.ui.shell.Routes;
import cn.districtbudget.ui.shell.Selection;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * The data-quality page's filters (年度, 级别, 规则, 部门), set from the URL; a choice by the user navigates to the
 * same page with that URL parameter changed ({@code navigate.accept(name, value)}, value null to remove it).
 */
final class QualityFilters extends HorizontalLayout {

    QualityFilters(Selection selection, boolean allYears, FindingCounts available, Severity severity, String rule,
                   Long department, BiConsumer<String, String> navigate) {
        Select<String> yearFilter = new Select<>();
        yearFilter.setId("filter-year");
        yearFilter.setLabel("年度");
        List<String> years = new ArrayList<>();
        years.add(DataQualityView.ALL_YEARS);
        selection.years().forEach(y -> years.add(String.valueOf(y)));
        yearFilter.setItems(years);
        yearFilter.setItemLabelGenerator(y -> DataQualityView.ALL_YEARS.equals(y) ? "全部年度" : y + " 年");
        yearFilter.setValue(allYears ? DataQualityView.ALL_YEARS : String.valueOf(selection.year()));
        yearFilter.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                navigate.accept(Routes.YEAR, e.getValue());
            }
        });

        Select<Severity> severityFilter = new Select<>();
        severityFilter.setId("filter-severity");
        severityFilter.setLabel("级别");
        severityFilter.setEmptySelectionAllowed(true);
        severityFilter.setEmptySelectionCaption("全部");
        severityFilter.setItems(Severity.values());
        severityFilter.setItemLabelGenerator(s -> s == null ? "全部" : s.label());
        severityFilter.setValue(severity);
        severityFilter.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                navigate.accept(DataQualityView.SEVERITY, e.getValue() == null ? null : e.getValue().name());
            }
        });

        ComboBox<FindingCounts.Count> ruleFilter = new ComboBox<>("规则");
        ruleFilter.setId("filter-rule");
        ruleFilter.setClearButtonVisible(true);
        ruleFilter.setItems(available.byRule());
        ruleFilter.setItemLabelGenerator(c -> c.key() + "（" + c.count() + "）");
        available.byRule().stream().filter(c -> c.key().equals(rule)).findFirst().ifPresent(ruleFilter::setValue);
        ruleFilter.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                navigate.accept(DataQualityView.RULE, e.getValue() == null ? null : e.getValue().key());
            }
        });

        ComboBox<FindingCounts.Count> departmentFilter = new ComboBox<>("部门");
        departmentFilter.setId("filter-department");
        departmentFilter.setClearButtonVisible(true);
        departmentFilter.setItems(available.byDepartment());
        departmentFilter.setItemLabelGenerator(c -> c.label() + "（" + c.count() + "）");
        available.byDepartment().stream().filter(c -> Objects.equals(c.key(), department == null ? null : department.toString()))
                .findFirst().ifPresent(departmentFilter::setValue);
        departmentFilter.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                navigate.accept(DataQualityView.DEPARTMENT, e.getValue() == null ? null : e.getValue().key());
            }
        });
        departmentFilter.setWidth("16em");

        add(yearFilter, severityFilter, ruleFilter, departmentFilter);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        getStyle().set("flex-wrap", "wrap");
    }

}
