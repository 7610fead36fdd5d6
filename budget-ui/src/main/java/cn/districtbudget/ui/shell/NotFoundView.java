package cn.districtbudget.ui.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page or record that does not exist (an unknown address, {@code department/abc}, a department id not stored):
 * a plain Chinese "not found" with HTTP 404, never an exception's text. Anonymous visitors never get here: the
 * security chain sends them to the login page first.
 */
@ParentLayout(MainLayout.class)
@PageTitle("页面不存在 · 部门预算公开看板")
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    private final Paragraph message = new Paragraph();

    public NotFoundView() {
        setId("not-found");
        message.setId("not-found-message");
        add(new H2("页面不存在"), message, new Anchor("", "返回领导驾驶舱"));
    }

    /** The view's own Chinese message ("没有这个部门。") if it gave one, never an exception's text. */
    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        boolean own = parameter.hasCustomMessage() && !parameter.getCustomMessage().isBlank()
                && parameter.getCustomMessage().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        message.setText(own ? parameter.getCustomMessage() : "没有找到您要打开的页面或记录，请检查地址。");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
