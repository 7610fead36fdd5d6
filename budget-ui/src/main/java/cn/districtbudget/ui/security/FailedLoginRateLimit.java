package cn.districtbudget.ui.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A per-address limit on failed logins: a token bucket of {@code capacity} failures per address, refilled at one
 * token every {@code refill}. A failed login takes a token; while an address has none left, its logins are refused
 * before any password is checked (no BCrypt, no lock-out count, no audit row per attempt). In memory, for one
 * server: enough against a script guessing passwords or locking other people's accounts from one address.
 * At most {@link #MAX_ADDRESSES} addresses are tracked; beyond that, full buckets are forgotten first.
 */
public class FailedLoginRateLimit {

    static final int MAX_ADDRESSES = 10_000;

    private final int capacity;
    private final Duration refill;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public FailedLoginRateLimit(int capacity, Duration refill, Clock clock) {
        if (capacity < 1 || refill.isNegative() || refill.isZero()) {
            throw new IllegalArgumentException("capacity must be at least 1 and refill positive");
        }
        this.capacity = capacity;
        this.refill = refill;
        this.clock = clock;
    }

    /** Whether a login from {@code address} may be tried now. */
    public boolean allows(String address) {
        Bucket bucket = buckets.get(key(address));
        return bucket == null || bucket.tokens(now()) >= 1;
    }

    /** A login from {@code address} failed: take a token. */
    public void failed(String address) {
        if (buckets.size() >= MAX_ADDRESSES) {
            long now = now();
            buckets.values().removeIf(b -> b.tokens(now) >= capacity);
        }
        buckets.computeIfAbsent(key(address), a -> new Bucket()).take(now());
    }

    /** How long until {@code address} may try again (zero if it may now). */
    public Duration retryAfter(String address) {
        Bucket bucket = buckets.get(key(address));
        if (bucket == null) {
            return Duration.ZERO;
        }
        double missing = 1 - bucket.tokens(now());
        return missing <= 0 ? Duration.ZERO : Duration.ofMillis((long) Math.ceil(missing * refill.toMillis()));
    }

    /** How many addresses are tracked. */
    int size() {
        return buckets.size();
    }

    /** Forgets every address (tests). */
    void clear() {
        buckets.clear();
    }

    public int capacity() {
        return capacity;
    }

    public Duration refill() {
        return refill;
    }

    private static String key(String address) {
        return address == null ? "" : address;
    }

    private long now() {
        return clock.millis();
    }

    private final class Bucket {
        private double tokens = capacity;
        private long updated = Long.MIN_VALUE;

        synchronized double tokens(long now) {
            if (updated != Long.MIN_VALUE && now > updated) {
                tokens = Math.min(capacity, tokens + (double) (now - updated) / refill.toMillis());
            }
            updated = Math.max(updated, now);
            return tokens;
        }

        synchronized void take(long now) {
            tokens(now);
            tokens = Math.max(0, tokens - 1);
        }
    }
}
