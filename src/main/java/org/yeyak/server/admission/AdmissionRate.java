package org.yeyak.server.admission;

import org.yeyak.server.metrics.WindowStats;

/**
 * How fast the admission controller lets people in: additive increase while the booking stage
 * is healthy and people are waiting, multiplicative decrease (×0.7) when its p95 latency or
 * error rate rises past the targets — adjusted at most once a second, kept within
 * [{@code minRate}, {@code maxRate}] places per second. Fractions of a place carry over
 * from tick to tick, so a rate of 2.5/s admits 5 people in 2 s.
 */
public final class AdmissionRate {
    private static final long MIN_SAMPLES = 5;

    private final FrontDoorSettings settings;
    private final long adjustEveryNanos;
    private double rate;
    private double carry;
    private long lastAdjust;
    private boolean congested;

    public AdmissionRate(FrontDoorSettings settings) {
        this(settings, 1_000_000_000L);
    }

    AdmissionRate(FrontDoorSettings settings, long adjustEveryNanos) {
        this.settings = settings;
        this.adjustEveryNanos = adjustEveryNanos;
        this.rate = clamp(settings.initialRate());
        this.lastAdjust = System.nanoTime() - adjustEveryNanos;
    }

    /** Places to admit after {@code dtSeconds}, given whether anyone waits and the booking stage's figures. */
    public synchronized int allowance(double dtSeconds, boolean demand, WindowStats.Snapshot booking) {
        long now = System.nanoTime();
        if (now - lastAdjust >= adjustEveryNanos) {
            lastAdjust = now;
            congested = booking.answers() >= MIN_SAMPLES
                    && (booking.p95Ms() > settings.bookingTargetP95Ms() || booking.errorRate() > settings.bookingMaxErrorRate());
            if (congested) {
                rate = clamp(rate * 0.7);
            } else if (demand) {
                rate = clamp(rate + Math.max(1, rate * 0.05));
            }
        }
        carry += rate * dtSeconds;
        int places = (int) Math.floor(carry);
        carry -= places;
        if (!demand) {
            carry = Math.min(carry, 1);
        }
        return places;
    }

    public synchronized double rate() {
        return rate;
    }

    /** True when the last adjustment found the booking stage over its targets. */
    public synchronized boolean congested() {
        return congested;
    }

    private double clamp(double r) {
        return Math.max(settings.minRate(), Math.min(settings.maxRate(), r));
    }
}
