package cn.districtbudget.ui.security;

import cn.districtbudget.data.account.UserAccounts;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins towards the lock-out and the per-address rate limit and records each in the audit log;
 * a success resets the account's count.
 */
@Component
public class LoginAttempts {

    private final UserAccounts accounts;
    private final FailedLoginRateLimit rateLimit;

    public LoginAttempts(UserAccounts accounts, FailedLoginRateLimit rateLimit) {
        this.accounts = accounts;
        this.rateLimit = rateLimit;
    }

    @EventListener
    public void failed(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        String reason = event instanceof AuthenticationFailureBadCredentialsEvent ? "用户名或密码错误"
                : event instanceof AuthenticationFailureLockedEvent ? "账户已锁定"
                : event instanceof AuthenticationFailureDisabledEvent ? "账户已停用"
                : "登录失败（" + event.getException().getClass().getSimpleName() + "）";
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        String from = address != null ? "；来自 " + address : "";
        if (address != null) {
            rateLimit.failed(address);
        }
        accounts.recordFailedLogin(attempt.getName(), reason + from);
    }

    @EventListener
    public void succeeded(AuthenticationSuccessEvent event) {
        accounts.recordSuccessfulLogin(event.getAuthentication().getName());
    }
}
