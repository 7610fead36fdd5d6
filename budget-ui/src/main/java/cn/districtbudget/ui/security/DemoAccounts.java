package cn.districtbudget.ui.security;

import cn.districtbudget.data.account.Role;
import cn.districtbudget.data.account.UserAccounts;
import cn.districtbudget.data.audit.AuditLog;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * In the demo only: one account per role with a known password, created before the web server starts and shown on
 * the login page, so a newcomer can log in at once. Outside the demo there is no default password at all.
 */
@Component
public class DemoAccounts implements SmartInitializingSingleton {

    /** A demo login as the login page shows it. */
    public record DemoAccount(String username, String password, Role role) {
    }

    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("leader", "leader-demo", Role.LEADER),
            new DemoAccount("staff", "staff-demo", Role.STAFF),
            new DemoAccount("admin", "admin-demo", Role.ADMIN));

    private final DemoMode demo;
    private final UserAccounts accounts;

    public DemoAccounts(DemoMode demo, UserAccounts accounts) {
        this.demo = demo;
        this.accounts = accounts;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!demo.enabled()) {
            return;
        }
        for (DemoAccount account : ACCOUNTS) {
            if (accounts.find(account.username()).isEmpty()) {
                accounts.create(AuditLog.SYSTEM, account.username(), "示例" + account.role().label(),
                        account.password(), Set.of(account.role()));
            }
        }
    }

    /** The accounts the login page lists: the demo's, none otherwise. */
    public List<DemoAccount> shown() {
        return demo.enabled() ? ACCOUNTS : List.of();
    }
}
