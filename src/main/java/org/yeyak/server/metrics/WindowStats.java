package org.yeyak.server.metrics;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;

/**
 * Live figures of one stage (an identity provider, the booking step) over a sliding window
 * (default 10 s, in one-second buckets): answer-time percentiles (HdrHistogram, fixed memory),
 * answers per second and the share that failed, plus the calls in flight now.
 */
public final class WindowStats {
    private static final long BUCKET_MS = 1000;
    private static final long MAX_LATENCY_MS = 3_600_000;

    private final AtomicInteger inFlight = new AtomicInteger();
    private final Bucket[] buckets;
    private long total;
    private long totalErrors;

    private static final class Bucket {
        long epoch = -1;
        final Histogram latency = new Histogram(MAX_LATENCY_MS, 2);
        long ok;
        long errors;
    }

    /** A point-in-time reading. Latencies in ms; rates per second over the window. */
    public record Snapshot(int inFlight, long p50Ms, long p95Ms, long p99Ms, double throughputPerSecond,
                           double errorRate, long answers, long errors, long totalAnswers, long totalErrors) {
    }

    public WindowStats(Duration window) {
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
        long epoch = System.currentTimeMillis() / BUCKET_MS;
        synchronized (this) {
            Bucket b = bucket(epoch);
            b.latency.recordValue(Math.max(0, Math.min(MAX_LATENCY_MS, latencyMs)));
            if (failed) {
                b.errors++;
                totalErrors++;
            } else {
                b.ok++;
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

    public synchronized Snapshot snapshot() {
        long now = System.currentTimeMillis() / BUCKET_MS;
        Histogram sum = new Histogram(MAX_LATENCY_MS, 2);
        long ok = 0, errors = 0;
        for (Bucket b : buckets) {
            if (b.epoch > now - buckets.length && b.epoch <= now) {
                sum.add(b.latency);
                ok += b.ok;
                errors += b.errors;
            }
        }
        long answers = ok + errors;
        // The current bucket is partly filled: divide by the time the window really covers.
        double seconds = Math.max(1.0, buckets.length - 1 + (System.currentTimeMillis() % BUCKET_MS) / 1000.0);
        return new Snapshot(inFlight.get(),
                sum.getTotalCount() == 0 ? 0 : sum.getValueAtPercentile(50),
                sum.getTotalCount() == 0 ? 0 : sum.getValueAtPercentile(95),
                sum.getTotalCount() == 0 ? 0 : sum.getValueAtPercentile(99),
                answers / seconds, answers == 0 ? 0 : (double) errors / answers, answers, errors, total, totalErrors);
    }

    private Bucket bucket(long epoch) {
        Bucket b = buckets[(int) (epoch % buckets.length)];
        if (b.epoch != epoch) {
            b.epoch = epoch;
            b.latency.reset();
            b.ok = 0;
            b.errors = 0;
        }
        return b;
    }
}
