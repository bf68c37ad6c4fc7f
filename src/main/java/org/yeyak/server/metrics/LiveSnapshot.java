package org.yeyak.server.metrics;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * One reading of the live figures ({@code GET /api/v1/metrics/live}, one SSE event a second):
 * identity providers, the waiting room (the busiest campaign's in {@code queue}, every
 * campaign's in {@code queues}), bookings and the booking stage, fill per region, and the stock
 * left per tranche (the busiest campaign's: one tranche per booking day, then catch-up).
 */
public record LiveSnapshot(Instant at, List<Provider> providers, Queue queue, List<Queue> queues, Bookings bookings,
                           List<RegionFill> regions, List<TrancheStock> tranches) {

    public record Provider(String id, String name, boolean enabled, String light, int inFlight, long p50LatencyMs,
                           long p95LatencyMs, long p99LatencyMs, double throughputPerSecond, double errorRate,
                           String circuit) {
    }

    /**
     * @param length                  people holding a position who are not admitted yet
     * @param admissionRatePerSecond  admissions per second measured while people waited
     * @param targetRatePerSecond     the rate the controller aims at now (lower when booking is congested)
     * @param admittedActive          admissions holding a place in the booking stage (admitted under a minute ago, not yet used or expired)
     * @param estimatedMaxWaitSeconds wait of the last person in line at the measured rate (also
     *                                written as {@code estimatedWaitSeconds})
     */
    public record Queue(String campaignId, long length, long lastIssued, long servingPosition,
                        double admissionRatePerSecond, double targetRatePerSecond, long admittedActive,
                        long estimatedMaxWaitSeconds, boolean bookingCongested) {

        /** API.md's "estimated wait": what someone joining the queue now waits (the last place's wait). */
        @JsonProperty("estimatedWaitSeconds")
        public long estimatedWaitSeconds() {
            return estimatedMaxWaitSeconds;
        }
    }

    /**
     * @param total      standing bookings in the store (every node's)
     * @param perSecond  new standing bookings per second over the last few seconds
     *                   (the latencies and error rate are this node's booking requests over 5 s)
     */
    public record Bookings(long total, double perSecond, long p50LatencyMs, long p95LatencyMs, long p99LatencyMs,
                           double errorRate) {
    }

    /** Doses allocated and booked in one province; {@code fill} = booked / allocated. */
    public record RegionFill(String code, String name, long allocated, long booked, double fill) {
    }

    /** Doses of one tranche: {@code allocated} in all, {@code left} not booked yet. */
    public record TrancheStock(String tranche, long allocated, long left) {
    }
}
