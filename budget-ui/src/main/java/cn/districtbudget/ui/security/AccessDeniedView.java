package cn.districtbudget.ui.security;

import cn.districtbudget.ui.shell.MainLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** What a logged-in user sees on a page their roles do not allow: a refusal with HTTP 403, not an empty page. */
@ParentLayout(MainLayout.class)
@PageTitle("无权访问 · 部门预算公开看板")
@AnonymousAllowed
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedView() {
        setId("access-denied");
        add(new H2("无权访问此页面"),
                new Paragraph("您的账户（" + CurrentUser.actor() + "）没有打开此页面的权限。如需访问，请联系管理员分配角色。"),
                new Anchor("", "返回领导驾驶舱"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
