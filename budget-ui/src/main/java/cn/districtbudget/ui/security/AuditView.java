package cn.districtbudget.ui.security;

import cn.districtbudget.ui.shell.Times;
import cn.districtbudget.data.audit.AuditAction;
import cn.districtbudget.data.audit.AuditEntry;
import cn.districtbudget.data.audit.AuditFilter;
import cn.districtbudget.data.audit.AuditLog;
import cn.districtbudget.ui.shell.MainLayout;
import cn.districtbudget.ui.shell.Routes;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;

/**
 * 审计日志 (ADMIN only): every import, revision, results edit, user change and failed login, newest first,
 * filtered by who, what, when and text. Read-only: the page has no way to change an entry.
 */
@Menu(title = "审计日志", order = 8, icon = "vaadin:records")
@Route(value = Routes.AUDIT, layout = MainLayout.class)
@PageTitle("审计日志 · 部门预算公开看板")
@RolesAllowed(Roles.ADMIN)
public class AuditView extends VerticalLayout {

    private final AuditLog auditLog;
    private final ComboBox<String> actor = new ComboBox<>("操作者");
    private final ComboBox<AuditAction> action = new ComboBox<>("操作");
    private final DatePicker from = new DatePicker("起始日期");
    private final DatePicker to = new DatePicker("截止日期");
    private final TextField text = new TextField("对象或详情包含");
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Span total = new Span();

    public AuditView(AuditLog auditLog) {
        this.auditLog = auditLog;
        setSizeFull();
        actor.setId("audit-actor");
        actor.setItems(auditLog.actors());
        actor.setClearButtonVisible(true);
        action.setId("audit-action");
        action.setItems(EnumSet.allOf(AuditAction.class));
        action.setItemLabelGenerator(AuditAction::label);
        action.setClearButtonVisible(true);
        from.setId("audit-from");
        to.setId("audit-to");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        text.setId("audit-text");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        actor.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(actor, action, from, to, text);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("audit-entries");
        grid.addColumn(e -> Times.format(e.occurredAt())).setHeader("时间（北京时间）").setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader("操作者").setAutoWidth(true);
        grid.addColumn(e -> e.action().label()).setHeader("操作").setAutoWidth(true);
        grid.addColumn(e -> e.target() == null ? "" : e.target()).setHeader("对象").setAutoWidth(true);
        grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader("详情").setFlexGrow(1);
        grid.setSizeFull();
        total.setId("audit-total");
        add(new H2("审计日志"), new Span("记录只读，任何人都不能在页面上修改或删除。"), filters, total, grid);
        refresh();
    }

    /** The filter the fields describe; dates are whole days in Beijing time, both ends included. */
    AuditFilter filter() {
        return new AuditFilter(actor.getValue(), action.getValue(), startOf(from.getValue()),
                to.getValue() == null ? null : startOf(to.getValue().plusDays(1)), text.getValue());
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(Times.BEIJING).toInstant();
    }

    private void refresh() {
        AuditFilter filter = filter();
        long count = auditLog.count(filter);
        total.setText("共 " + count + " 条记录");
        grid.setItems(query -> auditLog.find(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, auditLog.count(filter)));
    }
}
