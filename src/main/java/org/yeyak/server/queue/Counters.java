package org.yeyak.server.queue;

import java.time.Instant;

/**
 * The waiting room of one campaign as every node sees it: the last position issued, the
 * serving position (everyone at or below it is admitted), and the admission rate measured
 * while people were waiting (places per second), from which waits are estimated.
 */
public record Counters(String campaignId, long lastIssued, long serving, double admitRate, Instant prequeueOpensAt) {
    public static Counters empty(String campaignId, double rate) {
        return new Counters(campaignId, 0, 0, rate, null);
    }

    /** People holding a position who are not admitted yet. */
    public long waiting() {
        return Math.max(0, lastIssued - serving);
    }

    /** Seconds until {@code position} is served at the measured rate (0 when already served). */
    public long estimatedWaitSeconds(long position) {
        long ahead = position - serving;
        if (ahead <= 0) {
            return 0;
        }
        return (long) Math.ceil(ahead / Math.max(0.1, admitRate));
    }

    /**
     * When to ask again: half the expected wait, at least one second, at most 30 seconds — so
     * the front polls often, the back rarely, and the total load stays flat. Halving finds the
     * moment of admission in a handful of polls (a wait of a minute: about six) and is never
     * more than half the wait late even when admissions run twice as fast as measured.
     */
    public long pollAfterMs(long position) {
        long ahead = position - serving;
        if (ahead <= 0) {
            return 0;
        }
        double expectedMs = ahead * 1000.0 / Math.max(0.1, admitRate);
        return Math.max(1000, Math.min(30_000, Math.round(expectedMs / 2)));
    }
}
