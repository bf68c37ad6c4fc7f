package org.yeyak.server.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.yeyak.server.metrics.WindowStats;

class AdmissionRateTest {
    final FrontDoorSettings settings = FrontDoorSettings.defaults();

    static WindowStats.Snapshot booking(long p95Ms, double errorRate) {
        return new WindowStats.Snapshot(0, p95Ms / 2, p95Ms, p95Ms, 100, errorRate, 500, Math.round(500 * errorRate), 500, 0);
    }

    @Test
    void admissionSpeedsUpWhileBookingIsHealthyAndPeopleWait() {
        AdmissionRate rate = new AdmissionRate(settings, 0);
        double start = rate.rate();
        for (int i = 0; i < 10; i++) {
            rate.allowance(0.25, true, booking(100, 0));
        }
        assertThat(rate.rate()).isGreaterThan(start).isLessThanOrEqualTo(settings.maxRate());
        assertThat(rate.congested()).isFalse();
    }

    @Test
    void admissionSlowsDownWhenBookingLatencyOrErrorsRise() {
        AdmissionRate slow = new AdmissionRate(settings, 0);
        double start = slow.rate();
        slow.allowance(0.25, true, booking(settings.bookingTargetP95Ms() * 3, 0));
        assertThat(slow.rate()).isCloseTo(start * 0.7, org.assertj.core.data.Offset.offset(0.001));
        assertThat(slow.congested()).isTrue();

        AdmissionRate failing = new AdmissionRate(settings, 0);
        for (int i = 0; i < 50; i++) {
            failing.allowance(0.25, true, booking(100, 0.2));
        }
        assertThat(failing.rate()).isEqualTo(settings.minRate());
    }

    @Test
    void fractionsOfAPlaceCarryOverSoTheRateHoldsOverTime() {
        FrontDoorSettings fixed = new FrontDoorSettings(Duration.ofMinutes(10), Duration.ofSeconds(30), Duration.ofMinutes(30),
                1, Duration.ofSeconds(10), Duration.ofSeconds(15), Duration.ofMinutes(1), Duration.ofMillis(200),
                Duration.ofMinutes(5), Duration.ofMillis(250), 2.5, 2.5, 2.5, 100, 800, 0.02);
        AdmissionRate rate = new AdmissionRate(fixed, Long.MAX_VALUE / 4);
        int admitted = 0;
        for (int i = 0; i < 40; i++) {
            admitted += rate.allowance(0.05, true, booking(100, 0)); // 2 s in 50 ms ticks
        }
        assertThat(admitted).isEqualTo(5);
    }
}
