package org.yeyak.client.live;

import java.time.Instant;
import java.util.List;
import org.yeyak.rules.Light;

/**
 * One reading of the server's live figures ({@code GET /api/v1/metrics/live}, and each event
 * of {@code GET /api/v1/metrics/stream}). Missing parts read as empty, so a console keeps
 * working against a server that publishes fewer figures.
 *
 * @param at        when the server took the reading (its clock: the demo clock in demo mode)
 * @param providers the identity providers with their traffic lights, in the server's order
 * @param queue     the waiting room
 * @param bookings  bookings made
 * @param regions   fill per province (the 17 시도)
 * @param tranches  stock left per tranche (one per booking day, then the catch-up tranche)
 */
public record LiveSnapshot(Instant at, List<ProviderFigures> providers, QueueFigures queue,
                           BookingFigures bookings, List<RegionFill> regions, List<TrancheStock> tranches) {
    public LiveSnapshot {
        providers = providers == null ? List.of() : List.copyOf(providers);
        queue = queue == null ? QueueFigures.EMPTY : queue;
        bookings = bookings == null ? BookingFigures.EMPTY : bookings;
        regions = regions == null ? List.of() : List.copyOf(regions);
        tranches = tranches == null ? List.of() : List.copyOf(tranches);
    }

    /** One identity provider: its light and the figures the light is computed from. */
    public record ProviderFigures(String id, String name, boolean enabled, Light light, int inFlight,
                                  long p50LatencyMs, long p95LatencyMs, long p99LatencyMs,
                                  double throughputPerSecond, double errorRate, String circuit) {
        public ProviderFigures {
            light = light == null ? Light.GRAY : light;
            name = name == null ? id : name;
        }
    }

    /**
     * The waiting room of the busiest campaign: people waiting, how fast they are let in, and
     * how long the last in line would wait at that rate.
     *
     * @param targetRatePerSecond the rate the admission controller aims at (lower when booking is congested)
     * @param admittedActive      admissions holding a place in the booking stage (admitted under a minute ago, not yet used or expired)
     */
    public record QueueFigures(String campaignId, long length, long lastIssued, long servingPosition,
                               double admissionRatePerSecond, double targetRatePerSecond, long admittedActive,
                               long estimatedMaxWaitSeconds, boolean bookingCongested) {
        public static final QueueFigures EMPTY = new QueueFigures(null, 0, 0, 0, 0, 0, 0, 0, false);
    }

    /** Standing bookings (the cluster's), new ones per second, and the booking step's latencies. */
    public record BookingFigures(long total, double perSecond, long p50LatencyMs, long p95LatencyMs,
                                 long p99LatencyMs, double errorRate) {
        public static final BookingFigures EMPTY = new BookingFigures(0, 0, 0, 0, 0, 0);
    }

    /** A province's doses allocated and booked; {@code fill} is booked / allocated (0..1). */
    public record RegionFill(String code, String name, long allocated, long booked, double fill) {
    }

    /** A tranche's doses: {@code allocated} in all, {@code left} not booked yet. */
    public record TrancheStock(String tranche, long allocated, long left) {
    }
}
