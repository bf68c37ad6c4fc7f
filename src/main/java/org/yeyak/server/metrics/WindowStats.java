package org.yeyak.server.metrics;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.HdrHistogram.Histogram;

/**
 * Live figures of one stage (an identity provider, the booking step) over a sliding window
 * (default 10 s, in one-second buckets): answer-time percentiles (HdrHistogram, fixed memory),
 * answers per second and the share that failed, plus the calls in flight now.
 *
 * <p>Read on every provider list and every verification (the lights, the poll advice), so a
 * reading must be cheap: besides its buckets the window keeps their running sum — an answer is
 * recorded in its bucket and in the sum, and a bucket leaving the window is subtracted from the
 * sum — so {@link #snapshot()} reads percentiles from one histogram instead of adding up ten.
 */
public final class WindowStats {
    private static final long BUCKET_MS = 1000;
    private static final long MAX_LATENCY_MS = 3_600_000;

    private final AtomicInteger inFlight = new AtomicInteger();
    private final LongSupplier millis;
    private final Bucket[] buckets;
    /** The sum of the buckets marked {@code inSum} (guarded by this). */
    private final Bucket sum = new Bucket();
    private long total;
    private long totalErrors;

    private static final class Bucket {
        long epoch = -1;
        boolean inSum;
        final Histogram latency = new Histogram(MAX_LATENCY_MS, 2);
        long ok;
        long errors;
    }

    /** A point-in-time reading. Latencies in ms; rates per second over the window. */
    public record Snapshot(int inFlight, long p50Ms, long p95Ms, long p99Ms, double throughputPerSecond,
                           double errorRate, long answers, long errors, long totalAnswers, long totalErrors) {
    }

    public WindowStats(Duration window) {
        this(window, System::currentTimeMillis);
    }

    /** With the wall clock given (tests move it). */
    public WindowStats(Duration window, LongSupplier millis) {
        this.millis = millis;
        int n = (int) Math.max(1, Math.min(600, window.toMillis() / BUCKET_MS));
        buckets = new Bucket[n];
        for (int i = 0; i < n; i++) {
            buckets[i] = new Bucket();
        }
    }

    public void started() {
        inFlight.incrementAndGet();
    }

    /** One answer from the provider after {@code latencyMs}; {@code failed} for errors and timeouts. */
    public void finished(long latencyMs, boolean failed) {
        inFlight.decrementAndGet();
        long epoch = millis.getAsLong() / BUCKET_MS;
        long value = Math.max(0, Math.min(MAX_LATENCY_MS, latencyMs));
        synchronized (this) {
            Bucket b = bucket(epoch);
            count(b, value, failed);
            if (b.inSum) {
                count(sum, value, failed);
            }
            if (failed) {
                totalErrors++;
            }
            total++;
        }
    }

    /** One call measured from outside (no in-flight count kept for it). */
    public void record(long latencyMs, boolean failed) {
        inFlight.incrementAndGet();
        finished(latencyMs, failed);
    }

    public int inFlight() {
        return inFlight.get();
    }

    /** The whole window. */
    public synchronized Snapshot snapshot() {
        long nowMs = millis.getAsLong();
        long now = nowMs / BUCKET_MS;
        for (Bucket b : buckets) {
            boolean inWindow = b.epoch > now - buckets.length && b.epoch <= now;
            if (b.inSum && !inWindow) {
                leaveSum(b);
            }
        }
        // The current bucket is partly filled: divide by the time the window really covers.
        double seconds = Math.max(1.0, buckets.length - 1 + (nowMs % BUCKET_MS) / 1000.0);
        return reading(sum, seconds);
    }

    /**
     * Only the last {@code seconds} buckets (the current one included): a fresh signal for a
     * controller that must see the effect of its last change, not the whole window's memory.
     */
    public synchronized Snapshot recent(int seconds) {
        long nowMs = millis.getAsLong();
        long now = nowMs / BUCKET_MS;
        int n = Math.max(1, Math.min(buckets.length, seconds));
        Bucket part = new Bucket();
        for (Bucket b : buckets) {
            if (b.epoch > now - n && b.epoch <= now) {
                part.latency.add(b.latency);
                part.ok += b.ok;
                part.errors += b.errors;
            }
        }
        return reading(part, Math.max(1.0, n - 1 + (nowMs % BUCKET_MS) / 1000.0));
    }

    private Snapshot reading(Bucket s, double seconds) {
        long answers = s.ok + s.errors;
        boolean none = s.latency.getTotalCount() == 0;
        return new Snapshot(inFlight.get(),
                none ? 0 : s.latency.getValueAtPercentile(50),
                none ? 0 : s.latency.getValueAtPercentile(95),
                none ? 0 : s.latency.getValueAtPercentile(99),
                answers / seconds, answers == 0 ? 0 : (double) s.errors / answers, answers, s.errors, total, totalErrors);
    }

    private static void count(Bucket b, long latencyMs, boolean failed) {
        b.latency.recordValue(latencyMs);
        if (failed) {
            b.errors++;
        } else {
            b.ok++;
        }
    }

    /** The bucket for {@code epoch}, emptied (and taken out of the sum) if it held an older second. */
    private Bucket bucket(long epoch) {
        Bucket b = buckets[(int) Math.floorMod(epoch, (long) buckets.length)];
        if (b.epoch != epoch) {
            if (b.inSum) {
                leaveSum(b);
            }
            b.epoch = epoch;
            b.latency.reset();
            b.ok = 0;
            b.errors = 0;
            b.inSum = true;
        }
        return b;
    }

    private void leaveSum(Bucket b) {
        sum.latency.subtract(b.latency);
        sum.ok -= b.ok;
        sum.errors -= b.errors;
        b.inSum = false;
    }
}
