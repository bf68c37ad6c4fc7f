package org.yeyak.rules;

/**
 * One reading of an identity provider over the last sampling window: requests in flight against
 * its capacity, the 95th-percentile latency against its nominal latency, the share of failed
 * requests (0–1), and whether an official has it enabled.
 */
public record ProviderSample(int inFlight, int capacity, long p95LatencyMs, long nominalLatencyMs,
                             double errorRate, boolean enabled) {
    public ProviderSample {
        if (inFlight < 0 || capacity < 0) {
            throw new IllegalArgumentException("inFlight and capacity must not be negative");
        }
        if (p95LatencyMs < 0 || nominalLatencyMs < 0) {
            throw new IllegalArgumentException("latencies must not be negative");
        }
        if (!(errorRate >= 0 && errorRate <= 1)) {
            throw new IllegalArgumentException("errorRate must be between 0 and 1, got " + errorRate);
        }
    }

    /** In-flight requests as a share of capacity; a provider with no capacity counts as full. */
    public double load() {
        return capacity == 0 ? Double.POSITIVE_INFINITY : (double) inFlight / capacity;
    }

    /** p95 latency as a multiple of nominal; a nominal below 1 ms counts as 1 ms. */
    public double latencyRatio() {
        return (double) p95LatencyMs / Math.max(1, nominalLatencyMs);
    }
}
