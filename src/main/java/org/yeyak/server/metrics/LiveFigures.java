package org.yeyak.server.metrics;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.yeyak.server.admission.AdmissionController;
import java.util.LinkedHashSet;
import java.util.Set;
import org.yeyak.server.booking.BookingService;
import org.yeyak.server.campaign.CampaignStore;
import org.yeyak.server.campaign.StockMirror;
import org.yeyak.server.campaign.Tranches;
import org.yeyak.server.clinic.Region;
import org.yeyak.server.clinic.RegionStore;
import org.yeyak.server.identity.ProviderRegistry;
import org.yeyak.server.queue.Counters;
import org.yeyak.server.queue.QueueStore;
import org.yeyak.server.queue.WaitingRoom;
import org.yeyak.server.store.Tx;

/**
 * Takes the live figures: providers and the booking stage from this node, the queue counters and
 * booking totals from the store (so every node shows the cluster's), fill per region and stock
 * per tranche from this node's {@link StockMirror} (no pass over the stock table: the mirror
 * is kept in step by this node's bookings and reloaded now and then for the others'). One sampler calls
 * {@link #sample()} once a second; readers share its latest {@link LiveSnapshot}.
 */
public final class LiveFigures {
    private static final int RATE_WINDOW = 6;

    private final DataSource ds;
    private final Clock clock;
    private final ProviderRegistry providers;
    private final WaitingRoom room;
    private final AdmissionController controller;
    private final WindowStats bookingStage;
    private final StockMirror stock;
    private final CampaignStore campaigns;
    private final RegionStore regions;
    private final ArrayDeque<long[]> totals = new ArrayDeque<>();   // {nanoTime, total}
    private volatile LiveSnapshot latest;

    public LiveFigures(DataSource ds, Clock clock, ProviderRegistry providers, WaitingRoom room,
                       AdmissionController controller, WindowStats bookingStage, StockMirror stock) {
        this.ds = ds;
        this.clock = clock;
        this.providers = providers;
        this.room = room;
        this.controller = controller;
        this.bookingStage = bookingStage;
        this.stock = stock;
        this.campaigns = new CampaignStore(ds, clock);
        this.regions = new RegionStore(ds);
    }

    /** The latest figures (taken now if none were yet). */
    public LiveSnapshot latest() {
        LiveSnapshot s = latest;
        return s != null ? s : sample();
    }

    /** The latest figures, or null before the first reading (never queries the store). */
    public LiveSnapshot latestOrNull() {
        return latest;
    }

    /** Takes a fresh reading and makes it the latest. */
    public synchronized LiveSnapshot sample() {
        List<LiveSnapshot.Provider> ps = providers.list().stream().map(v -> new LiveSnapshot.Provider(v.id(), v.name(),
                v.enabled(), v.light().name(), v.inFlight(), v.p50LatencyMs(), v.p95LatencyMs(), v.p99LatencyMs(),
                round(v.throughputPerSecond(), 100), round(v.errorRate(), 10_000), v.circuit())).toList();

        List<LiveSnapshot.Queue> queues = new ArrayList<>();
        for (String campaign : Tx.read(ds, QueueStore::campaigns)) {
            Counters k = room.counters(campaign);
            queues.add(new LiveSnapshot.Queue(campaign, k.waiting(), k.lastIssued(), k.serving(),
                    round(k.admitRate(), 100), round(controller.rate().rate(), 100), controller.active(campaign),
                    k.estimatedWaitSeconds(k.lastIssued()), controller.rate().congested()));
        }
        LiveSnapshot.Queue busiest = queues.stream().max(Comparator.comparingLong(LiveSnapshot.Queue::length)
                .thenComparing(LiveSnapshot.Queue::lastIssued)).orElse(null);
        String idle = queues.isEmpty() ? campaignWithStock() : null;
        if (idle != null) {
            // Before anyone queued: the first campaign's empty waiting room, so that a client of
            // API.md always finds the queue's figures (zeros) rather than no "queue" at all.
            Counters k = room.counters(idle);
            busiest = new LiveSnapshot.Queue(idle, k.waiting(), k.lastIssued(), k.serving(), round(k.admitRate(), 100),
                    round(controller.rate().rate(), 100), controller.active(idle),
                    k.estimatedWaitSeconds(k.lastIssued()), controller.rate().congested());
        }

        long total = standingBookings();
        long now = System.nanoTime();
        totals.addLast(new long[] {now, total});
        while (totals.size() > RATE_WINDOW) {
            totals.removeFirst();
        }
        long[] first = totals.getFirst();
        double seconds = (now - first[0]) / 1e9;
        double perSecond = seconds > 0.1 ? Math.max(0, (total - first[1]) / seconds) : 0;
        WindowStats.Snapshot b = bookingStage.snapshot();
        LiveSnapshot.Bookings bookings = new LiveSnapshot.Bookings(total, round(perSecond, 100), b.p50Ms(), b.p95Ms(),
                b.p99Ms(), round(b.errorRate(), 10_000));

        String campaign = busiest == null ? null : busiest.campaignId();
        LiveSnapshot s = new LiveSnapshot(clock.instant(), ps, busiest, queues, bookings, regionFill(campaign),
                trancheStock(campaign));
        latest = s;
        return s;
    }

    /** From the audit trail's running totals: O(1), not a count of the bookings table (see V7). */
    private long standingBookings() {
        return Tx.read(ds, BookingService::standingBookings);
    }

    private String campaignWithStock() {
        return Tx.read(ds, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT MIN(id) FROM campaigns");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    private List<LiveSnapshot.RegionFill> regionFill(String campaignId) {
        if (campaignId == null) {
            return List.of();
        }
        Map<String, StockMirror.Totals> byRegion = stock.byRegion(campaignId);
        List<LiveSnapshot.RegionFill> out = new ArrayList<>();
        for (Region r : regions.recent()) {
            StockMirror.Totals t = byRegion.getOrDefault(r.code(), new StockMirror.Totals(0, 0));
            out.add(new LiveSnapshot.RegionFill(r.code(), r.nameKo(), t.allocated(), t.booked(),
                    t.allocated() == 0 ? 0 : round((double) t.booked() / t.allocated(), 10_000)));
        }
        return out;
    }

    private List<LiveSnapshot.TrancheStock> trancheStock(String campaignId) {
        if (campaignId == null) {
            return List.of();
        }
        // Every tranche of the schedule, those without stock too (the catch-up tranche before an
        // official fills it): an analyst sees "0 of 0", not a missing day.
        Map<String, StockMirror.Totals> byTranche = stock.byTranche(campaignId);
        Set<String> names = new LinkedHashSet<>();
        campaigns.get(campaignId).ifPresent(k -> names.addAll(Tranches.all(k.schedule())));
        names.addAll(byTranche.keySet());
        List<LiveSnapshot.TrancheStock> out = new ArrayList<>();
        for (String tranche : names) {
            StockMirror.Totals t = byTranche.getOrDefault(tranche, new StockMirror.Totals(0, 0));
            out.add(new LiveSnapshot.TrancheStock(tranche, t.allocated(), t.remaining()));
        }
        return out;
    }

    static double round(double v, int scale) {
        return Math.round(v * scale) / (double) scale;
    }
}
