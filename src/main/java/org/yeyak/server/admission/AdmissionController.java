package org.yeyak.server.admission;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.yeyak.server.metrics.WindowStats;
import org.yeyak.server.queue.Counters;
import org.yeyak.server.queue.QueueStore;
import org.yeyak.server.queue.WaitingRoom;
import org.yeyak.server.store.Tx;

/**
 * Advances each campaign's serving position at a rate that keeps the booking stage healthy.
 * Every node runs it on a timer, but the counters row doubles as a lease: a node acts only
 * when the last tick (by any node) is at least most of a tick old, so the cluster admits at
 * one rate, not N times it. A tick, in one transaction with the counters row locked:
 * places the pre-queue whose window has opened (the fair start); marks admissions that bought
 * a booking as used and those unused past their time as expired; then admits the next places —
 * as many as the rate allows, no more than {@code maxActive} holding a place in the booking
 * stage at once — and records the measured rate.
 *
 * <p>An admission holds its place in the booking stage until it is used, or for
 * {@code admissionHoldsPlace} (a minute) at most, although it stays valid for booking until it
 * expires ({@code admissionTtl}, five minutes). People who leave without booking — say, every
 * clinic near them is full — say nothing; if their admissions held places until they expired,
 * {@code maxActive} of them would stop the whole queue for five minutes.
 */
public final class AdmissionController {
    private final DataSource ds;
    private final Clock clock;
    private final FrontDoorSettings settings;
    private final AdmissionRate rate;
    private final WindowStats bookingStage;
    private final WaitingRoom room;
    private final AtomicLong rounds = new AtomicLong();
    private volatile List<String> campaigns = List.of();
    private volatile long campaignsReadAt;

    public AdmissionController(DataSource ds, Clock clock, FrontDoorSettings settings, WindowStats bookingStage,
                               WaitingRoom room) {
        this.ds = ds;
        this.clock = clock;
        this.settings = settings;
        this.rate = new AdmissionRate(settings);
        this.bookingStage = bookingStage;
        this.room = room;
    }

    /** One round over every campaign with a waiting room. */
    public void tick() {
        long now = System.nanoTime();
        if (now - campaignsReadAt > 2_000_000_000L || campaigns.isEmpty()) {
            campaigns = Tx.read(ds, QueueStore::campaigns);
            campaignsReadAt = now;
        }
        for (String campaign : campaigns) {
            tick(campaign);
        }
        rounds.incrementAndGet();
    }

    /** Rounds this node's timer has run (whether or not it held the lease). */
    public long rounds() {
        return rounds.get();
    }

    /** One tick for one campaign; does nothing if another node ticked it a moment ago. */
    public void tick(String campaignId) {
        long realNow = System.currentTimeMillis();
        Instant now = clock.instant();
        long tickMs = settings.controllerTick().toMillis();
        boolean changed = Tx.run(ds, c -> {
            long last = lastTick(c, campaignId);
            if (last < 0 || realNow - last < tickMs * 0.8) {
                return false;
            }
            double dt = Math.min(1.0, Math.max(0, realNow - last) / 1000.0);
            Counters k = QueueStore.placePrequeue(c, QueueStore.lock(c, campaignId, settings.initialRate(), realNow), now);
            k = QueueStore.catchUpLastIssued(c, k);
            markUsed(c, campaignId, now);
            expire(c, campaignId, now);
            long active = countHoldingPlaces(c, campaignId, now);
            long waiting = k.waiting();
            // Demand the rate can serve: people waiting and room for more admitted places (the rate
            // does not climb while maxActive, not the rate, holds people back).
            int allowance = rate.allowance(dt, waiting > 0 && active < settings.maxActive(), bookingStage.recent(2));
            long people = Math.max(0, Math.min(Math.min(allowance, settings.maxActive() - active), waiting));
            // Places have gaps (one sequence for every campaign; places of failed requests): serving
            // moves to the place of the people-th ticket, and the rate is measured in places.
            long serving = people > 0 ? QueueStore.placeAfter(c, campaignId, k.serving(), people) : k.serving();
            long advance = serving - k.serving();
            if (advance > 0) {
                admit(c, campaignId, k.serving(), serving, now);
            }
            double measured = k.admitRate();
            if (waiting > 0 && dt > 0) {
                // Exponentially weighted over ~10 s of time with people waiting.
                double alpha = Math.min(1, dt / 10.0);
                measured = measured * (1 - alpha) + (advance / dt) * alpha;
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE front_queue SET serving = ?, ticked_ms = ?,"
                    + " admit_rate = ? WHERE campaign_id = ?")) {
                ps.setLong(1, serving);
                ps.setLong(2, realNow);
                ps.setDouble(3, measured);
                ps.setString(4, campaignId);
                ps.executeUpdate();
            }
            return true;
        });
        if (changed) {
            room.forget(campaignId);
        }
    }

    public AdmissionRate rate() {
        return rate;
    }

    /** Admissions holding a place in the booking stage now (what counts against {@code maxActive}). */
    public long active(String campaignId) {
        Instant now = clock.instant();
        return Tx.read(ds, c -> countHoldingPlaces(c, campaignId, now));
    }

    private static long lastTick(Connection c, String campaignId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT ticked_ms FROM front_queue WHERE campaign_id = ? FOR UPDATE")) {
            ps.setString(1, campaignId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    private void admit(Connection c, String campaignId, long from, long to, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE front_ticket SET status = 'ADMITTED', admitted_ms = ?,"
                + " admission_expires_ms = ? WHERE campaign_id = ? AND status = 'WAITING' AND position > ? AND position <= ?")) {
            ps.setLong(1, now.toEpochMilli());
            ps.setLong(2, now.plus(settings.admissionTtl()).toEpochMilli());
            ps.setString(3, campaignId);
            ps.setLong(4, from);
            ps.setLong(5, to);
            ps.executeUpdate();
        }
    }

    private static void markUsed(Connection c, String campaignId, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE front_ticket SET status = 'USED', used_ms = ?"
                + " WHERE campaign_id = ? AND status = 'ADMITTED'"
                + " AND EXISTS (SELECT 1 FROM bookings b WHERE b.admission_id = front_ticket.ticket_id)")) {
            ps.setLong(1, now.toEpochMilli());
            ps.setString(2, campaignId);
            ps.executeUpdate();
        }
    }

    private static void expire(Connection c, String campaignId, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE front_ticket SET status = 'EXPIRED'"
                + " WHERE campaign_id = ? AND status = 'ADMITTED' AND admission_expires_ms <= ?")) {
            ps.setString(1, campaignId);
            ps.setLong(2, now.toEpochMilli());
            ps.executeUpdate();
        }
    }

    /** Admitted, not yet used or expired, and admitted less than {@code admissionHoldsPlace} ago. */
    private long countHoldingPlaces(Connection c, String campaignId, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM front_ticket"
                + " WHERE campaign_id = ? AND status = 'ADMITTED' AND admitted_ms > ?")) {
            ps.setString(1, campaignId);
            ps.setLong(2, now.minus(settings.admissionHoldsPlace()).toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
