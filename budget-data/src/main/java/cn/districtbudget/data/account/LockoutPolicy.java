package cn.districtbudget.data.account;

import java.time.Duration;

/** After {@code maxFailures} failed logins in a row an account is locked for {@code duration}. */
public record LockoutPolicy(int maxFailures, Duration duration) {

    public LockoutPolicy {
        if (maxFailures < 1 || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("lock-out needs at least one failure and a positive duration");
        }
    }
}
