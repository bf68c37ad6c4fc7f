package org.yeyak.server.admission;

import java.util.function.LongSupplier;
import org.yeyak.server.metrics.WindowStats;

/**
 * How fast the admission controller lets people in, adjusted at most once a second within
 * [{@code minRate}, {@code maxRate}] places per second, the way TCP finds a link's speed:
 * <ul>
 *   <li><b>slow start</b>: while people wait and the booking stage is within its targets, the
 *       rate grows by half each second (50/s reaches 2,000/s in nine seconds) — at 20:00 the
 *       stage's speed is unknown, and a slow climb would keep a million people waiting for a
 *       machine that could serve them;</li>
 *   <li>whenever the stage's p95 latency or error rate passes its target: ×0.7 — but at most
 *       once per {@code holdAfterCut} (2 s): the people admitted before a cut are still booking,
 *       and cutting again for their answers would cut for the same congestion twice (the way TCP
 *       halves once per round trip). Without the hold, a second of overload seen through a
 *       five-second window cut the rate five times, to a sixth;</li>
 *   <li>right after a cut, <b>careful growth</b>: +15% (at least one place) a second; once the
 *       stage has stayed within its targets for {@code restartAfter} (3 s), slow start again —
 *       the overload may have been the arrivals' (a surge of verifications slows every request),
 *       and when they stop the booking stage can take far more than the rate it was cut to.</li>
 * </ul>
 * The caller passes the booking stage's figures of the last two seconds, not its whole window,
 * so the signal shows the effect of the last change. Fractions of a place carry over from tick
 * to tick, so a rate of 2.5/s admits 5 people in 2 s.
 */
public final class AdmissionRate {
    /** Fewer booking answers than this say nothing about congestion. */
    private static final long MIN_SAMPLES = 20;
    private static final long SECOND = 1_000_000_000L;

    private final FrontDoorSettings settings;
    private final LongSupplier nanos;
    private final long adjustEvery;
    private final long holdAfterCut;
    private final long restartAfter;
    private double rate;
    private double carry;
    private long lastAdjust;
    private long lastCut;
    private long calmSince;
    private boolean congested;
    private boolean cutOnce;

    public AdmissionRate(FrontDoorSettings settings) {
        this(settings, System::nanoTime, SECOND, 2 * SECOND, 3 * SECOND);
    }

    /** With the clock and the three periods (in nanoseconds) given: tests step them. */
    AdmissionRate(FrontDoorSettings settings, LongSupplier nanos, long adjustEvery, long holdAfterCut, long restartAfter) {
        this.settings = settings;
        this.nanos = nanos;
        this.adjustEvery = adjustEvery;
        this.holdAfterCut = holdAfterCut;
        this.restartAfter = restartAfter;
        this.rate = clamp(settings.initialRate());
        long now = nanos.getAsLong();
        this.lastAdjust = now - adjustEvery;
        this.lastCut = now - holdAfterCut;
        this.calmSince = now;
    }

    /** Places to admit after {@code dtSeconds}, given whether anyone waits and the booking stage's recent figures. */
    public synchronized int allowance(double dtSeconds, boolean demand, WindowStats.Snapshot booking) {
        long now = nanos.getAsLong();
        if (now - lastAdjust >= adjustEvery) {
            lastAdjust = now;
            congested = booking.answers() >= MIN_SAMPLES
                    && (booking.p95Ms() > settings.bookingTargetP95Ms() || booking.errorRate() > settings.bookingMaxErrorRate());
            if (congested) {
                calmSince = Long.MAX_VALUE;
                if (now - lastCut >= holdAfterCut) {
                    lastCut = now;
                    cutOnce = true;
                    rate = clamp(rate * 0.7);
                }
            } else {
                if (calmSince == Long.MAX_VALUE) {
                    calmSince = now;
                }
                if (demand) {
                    boolean careful = cutOnce && now - calmSince < restartAfter;
                    rate = clamp(careful ? rate + Math.max(1, rate * 0.15) : rate * 1.5);
                }
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
