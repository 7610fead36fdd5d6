package cn.districtbudget.ui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FailedLoginRateLimitTest {

    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void anAddressMayFailCapacityTimesThenWaitsForTheRefill() {
        TestClock clock = new TestClock();
        FailedLoginRateLimit limit = new FailedLoginRateLimit(3, Duration.ofSeconds(6), clock);
        for (int i = 0; i < 3; i++) {
            assertThat(limit.allows("10.0.0.1")).as("attempt %d", i).isTrue();
            limit.failed("10.0.0.1");
        }
        assertThat(limit.allows("10.0.0.1")).isFalse();
        assertThat(limit.retryAfter("10.0.0.1")).isEqualTo(Duration.ofSeconds(6));
        assertThat(limit.allows("10.0.0.2")).isTrue();

        clock.now = clock.now.plusSeconds(5);
        assertThat(limit.allows("10.0.0.1")).isFalse();
        clock.now = clock.now.plusSeconds(1);
        assertThat(limit.allows("10.0.0.1")).isTrue();
        limit.failed("10.0.0.1");
        assertThat(limit.allows("10.0.0.1")).isFalse();

        clock.now = clock.now.plus(Duration.ofHours(1));
        for (int i = 0; i < 3; i++) {
            assertThat(limit.allows("10.0.0.1")).isTrue();
            limit.failed("10.0.0.1");
        }
        assertThat(limit.allows("10.0.0.1")).as("refills to the capacity, not beyond").isFalse();
    }

    @Test
    void manyAddressesDoNotGrowWithoutBound() {
        TestClock clock = new TestClock();
        FailedLoginRateLimit limit = new FailedLoginRateLimit(2, Duration.ofSeconds(1), clock);
        for (int i = 0; i < FailedLoginRateLimit.MAX_ADDRESSES + 50; i++) {
            limit.failed("10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255));
            clock.now = clock.now.plusMillis(1);
        }
        clock.now = clock.now.plusSeconds(60);
        limit.failed("192.168.0.1");
        assertThat(limit.allows("192.168.0.1")).isTrue();
        assertThat(limit.size()).isLessThan(FailedLoginRateLimit.MAX_ADDRESSES);
    }

    @Test
    void refusesANonsenseConfiguration() {
        assertThatThrownBy(() -> new FailedLoginRateLimit(0, Duration.ofSeconds(1), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FailedLoginRateLimit(1, Duration.ZERO, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
