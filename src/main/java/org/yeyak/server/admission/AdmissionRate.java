package org.yeyak.server.admission;

import org.yeyak.server.metrics.WindowStats;

/**
 * How fast the admission controller lets people in, adjusted at most once a second within
 * [{@code minRate}, {@code maxRate}] places per second, the way TCP finds a link's speed:
 * <ul>
 *   <li><b>slow start</b>: while people wait and the booking stage has never been over its
 *       targets, the rate grows by half each second (50/s reaches 2,000/s in nine seconds) — at
 *       20:00 the stage's speed is unknown, and a slow climb would keep a million people waiting
 *       for a machine that could serve them;</li>
 *   <li>after the first congestion, <b>careful growth</b>: +15% (at least one place) a second —
 *       from a cut to 100/s back to 1,000/s in about 16 s;</li>
 *   <li>whenever the stage's p95 latency or error rate passes its target: ×0.7.</li>
 * </ul>
 * Fractions of a place carry over from tick to tick, so a rate of 2.5/s admits 5 people in 2 s.
 */
public final class AdmissionRate {
    /** Fewer booking answers than this in the window say nothing about congestion. */
    private static final long MIN_SAMPLES = 20;

    private final FrontDoorSettings settings;
    private final long adjustEveryNanos;
    private double rate;
    private double carry;
    private long lastAdjust;
    private boolean congested;
    private boolean everCongested;

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
                everCongested = true;
                rate = clamp(rate * 0.7);
            } else if (demand) {
                rate = clamp(everCongested ? rate + Math.max(1, rate * 0.15) : rate * 1.5);
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
