package cn.districtbudget.ui.security;

import com.vaadin.flow.component.login.LoginI18n;

/** The login form's texts in Simplified Chinese. */
final class ChineseLogin {

    private ChineseLogin() {
    }

    static LoginI18n i18n(int maxFailures, long lockMinutes) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle("登录");
        form.setUsername("用户名");
        form.setPassword("密码");
        form.setSubmit("登录");
        form.setForgotPassword("忘记密码？");
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle("登录失败");
        error.setMessage("用户名或密码不正确，或账户已停用、因多次登录失败被暂时锁定。请检查后重试，或联系管理员。");
        error.setUsername("请输入用户名");
        error.setPassword("请输入密码");
        i18n.setAdditionalInformation("连续 " + maxFailures + " 次登录失败后，账户将被锁定 " + lockMinutes
                + " 分钟。忘记密码请联系管理员重置。");
        return i18n;
    }
}
