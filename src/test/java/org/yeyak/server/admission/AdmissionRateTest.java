package org.yeyak.server.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.yeyak.server.metrics.WindowStats;

class AdmissionRateTest {
    static final long SECOND = 1_000_000_000L;
    final FrontDoorSettings settings = FrontDoorSettings.defaults();
    final AtomicLong clock = new AtomicLong(42 * SECOND);

    static WindowStats.Snapshot booking(long p95Ms, double errorRate) {
        return new WindowStats.Snapshot(0, p95Ms / 2, p95Ms, p95Ms, 100, errorRate, 500, Math.round(500 * errorRate), 500, 0);
    }

    /** Adjusts once a second, cuts at most every 2 s, slow start again after 3 calm seconds. */
    AdmissionRate rate(FrontDoorSettings s) {
        return new AdmissionRate(s, clock::get, SECOND, 2 * SECOND, 3 * SECOND);
    }

    /** One second passes, then the controller ticks once with these figures. */
    void second(AdmissionRate rate, WindowStats.Snapshot booking) {
        clock.addAndGet(SECOND);
        rate.allowance(1.0, true, booking);
    }

    WindowStats.Snapshot slow() {
        return booking(settings.bookingTargetP95Ms() * 3, 0);
    }

    @Test
    void admissionGrowsByHalfEachSecondWhileBookingIsHealthyAndPeopleWait() {
        AdmissionRate rate = rate(settings);
        double start = rate.rate();
        second(rate, booking(100, 0));
        second(rate, booking(100, 0));
        assertThat(rate.rate()).isCloseTo(start * 2.25, offset(0.001));
        for (int i = 0; i < 30; i++) {
            second(rate, booking(100, 0));
        }
        assertThat(rate.rate()).isEqualTo(settings.maxRate());
        assertThat(rate.congested()).isFalse();
    }

    @Test
    void slowOrFailingBookingsCutTheRateButOncePerHoldNotOncePerTick() {
        AdmissionRate rate = rate(settings);
        double start = rate.rate();
        second(rate, slow());
        assertThat(rate.rate()).isCloseTo(start * 0.7, offset(0.001));
        assertThat(rate.congested()).isTrue();
        second(rate, slow());                 // the answers of people admitted before the cut
        assertThat(rate.rate()).isCloseTo(start * 0.7, offset(0.001));
        second(rate, slow());                 // still slow two seconds after the cut: cut again
        assertThat(rate.rate()).isCloseTo(start * 0.49, offset(0.001));

        AdmissionRate failing = rate(settings);
        for (int i = 0; i < 60; i++) {
            second(failing, booking(100, 0.2));
        }
        assertThat(failing.rate()).isEqualTo(settings.minRate());
    }

    @Test
    void afterACutGrowthIsCarefulThenFastAgainOnceBookingStaysHealthy() {
        AdmissionRate rate = rate(settings);
        for (int i = 0; i < 6; i++) {
            second(rate, booking(100, 0));    // slow start: 50 -> ~570/s
        }
        second(rate, slow());
        double cut = rate.rate();
        second(rate, booking(100, 0));
        assertThat(rate.rate()).as("+15%% right after the cut").isCloseTo(cut * 1.15, offset(0.001));
        second(rate, booking(100, 0));
        second(rate, booking(100, 0));
        double careful = cut * 1.15 * 1.15 * 1.15;
        assertThat(rate.rate()).isCloseTo(careful, offset(0.001));
        second(rate, booking(100, 0));        // calm for 3 s: slow start again
        assertThat(rate.rate()).isCloseTo(careful * 1.5, offset(0.001));
    }

    @Test
    void noCongestionIsReadFromTooFewAnswers() {
        AdmissionRate rate = rate(settings);
        double start = rate.rate();
        second(rate, new WindowStats.Snapshot(0, 9_000, 9_000, 9_000, 5, 0, 5, 0, 5, 0));
        assertThat(rate.rate()).isGreaterThan(start);
        assertThat(rate.congested()).isFalse();
    }

    @Test
    void fractionsOfAPlaceCarryOverSoTheRateHoldsOverTime() {
        FrontDoorSettings fixed = new FrontDoorSettings(Duration.ofMinutes(10), Duration.ofSeconds(30), Duration.ofMinutes(30),
                1, Duration.ofSeconds(10), Duration.ofSeconds(15), Duration.ofMinutes(1), Duration.ofMillis(200),
                Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ofMillis(250), 2.5, 2.5, 2.5, 100, 800, 0.02);
        AdmissionRate rate = rate(fixed);
        int admitted = 0;
        for (int i = 0; i < 40; i++) {
            clock.addAndGet(SECOND / 20);
            admitted += rate.allowance(0.05, true, booking(100, 0)); // 2 s in 50 ms ticks
        }
        assertThat(admitted).isEqualTo(5);
    }
}
