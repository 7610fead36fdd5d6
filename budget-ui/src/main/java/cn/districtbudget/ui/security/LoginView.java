package cn.districtbudget.ui.security;

import cn.districtbudget.data.account.LockoutPolicy;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The only page for anonymous users: a Chinese login form and, in the demo, the demo accounts. */
@Route("login")
@PageTitle("登录 · 部门预算公开看板")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form;

    public LoginView(DemoAccounts demoAccounts, LockoutPolicy lockout) {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        form = new LoginForm(ChineseLogin.i18n(lockout.maxFailures(), lockout.duration().toMinutes()));
        form.setId("login-form");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        add(new H1("部门预算公开看板"), form);
        var demo = demoAccounts.shown();
        if (!demo.isEmpty()) {
            Div box = new Div();
            box.setId("demo-accounts");
            box.add(new H3("演示账户"), new Paragraph("这是演示模式（仅本机 127.0.0.1 可访问），可用以下账户登录："));
            for (DemoAccounts.DemoAccount account : demo) {
                Paragraph line = new Paragraph();
                line.add(new Span(account.role().label() + "："), code(account.username()), new Span(" / "),
                        code(account.password()));
                line.addClassName("demo-account");
                box.add(line);
            }
            add(box);
        }
    }

    private static Span code(String text) {
        Span span = new Span(text);
        span.getStyle().set("font-family", "monospace").set("font-weight", "bold");
        return span;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentUser.name().isPresent()) {
            event.forwardTo("");
            return;
        }
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    LoginForm form() {
        return form;
    }
}
