package org.yeyak.server.queue;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The waiting room's tables: one counters row per campaign ({@code front_queue}), one ticket per
 * person and campaign ({@code front_ticket}), and the sequence places are taken from
 * ({@code front_position_seq}, shared by every node and campaign, so a campaign's places are
 * increasing but may have gaps). An ordinary arrival takes a place from the sequence without
 * locking the counters row; placing the pre-queue, pre-queue arrivals, arrivals around an opening
 * and the admission controller lock the counters row first, then tickets — one lock order, so
 * they never deadlock. {@code last_issued} in the counters row follows the highest place given
 * (the controller brings it up to date each tick).
 */
public final class QueueStore {
    private static final Random SHUFFLE = new SecureRandom();

    private QueueStore() {
    }

    /** The counters row, created on first use; locked (FOR UPDATE) until the transaction ends. */
    public static Counters lock(Connection c, String campaignId, double initialRate, long nowRealMs) throws SQLException {
        Optional<Counters> found = select(c, campaignId, true);
        if (found.isPresent()) {
            return found.get();
        }
        Savepoint sp = c.setSavepoint();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO front_queue (campaign_id, last_issued, serving,"
                + " admit_rate, ticked_ms) VALUES (?, 0, 0, ?, ?)")) {
            ps.setString(1, campaignId);
            ps.setDouble(2, initialRate);
            ps.setLong(3, nowRealMs);
            ps.executeUpdate();
            c.releaseSavepoint(sp);
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState())) {
                throw e;
            }
            c.rollback(sp); // another node created it first
        }
        return select(c, campaignId, true).orElseThrow();
    }

    public static Optional<Counters> read(Connection c, String campaignId) throws SQLException {
        return select(c, campaignId, false);
    }

    /** Every campaign that has a waiting room. */
    public static List<String> campaigns(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT campaign_id FROM front_queue ORDER BY campaign_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** Takes the next place from the sequence (no lock: places follow the order of asking). */
    static long nextPosition(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT nextval('front_position_seq')");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Brings {@code last_issued} up to the highest place given in the campaign (places are taken
     * from the sequence without touching the counters row). The counters row must be locked.
     */
    public static Counters catchUpLastIssued(Connection c, Counters k) throws SQLException {
        // Only the places above the last one counted: an index range, not the campaign's every ticket.
        try (PreparedStatement ps = c.prepareStatement("UPDATE front_queue SET last_issued = GREATEST(last_issued,"
                + " COALESCE((SELECT MAX(position) FROM front_ticket WHERE campaign_id = ? AND position > ?), 0))"
                + " WHERE campaign_id = ?")) {
            ps.setString(1, k.campaignId());
            ps.setLong(2, k.lastIssued());
            ps.setString(3, k.campaignId());
            ps.executeUpdate();
        }
        return select(c, k.campaignId(), false).orElseThrow();
    }

    /**
     * The place of the {@code count}-th ticket after {@code serving} (places may have gaps), or
     * the last place given if fewer wait; {@code serving} itself if none does.
     */
    public static long placeAfter(Connection c, String campaignId, long serving, long count) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT position FROM front_ticket WHERE campaign_id = ?"
                + " AND position > ? ORDER BY position LIMIT 1 OFFSET ?")) {
            ps.setString(1, campaignId);
            ps.setLong(2, serving);
            ps.setLong(3, count - 1);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT MAX(position) FROM front_ticket WHERE campaign_id = ? AND position > ?")) {
            ps.setString(1, campaignId);
            ps.setLong(2, serving);
            try (ResultSet rs = ps.executeQuery()) {
                long last = rs.next() ? rs.getLong(1) : 0;
                return rs.wasNull() ? serving : Math.max(serving, last);
            }
        }
    }

    /** Admits one waiting ticket that serving has already passed (see WaitingRoom.poll). */
    static void admitStraggler(Connection c, String ticketNo, Instant now, Instant expires) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE front_ticket SET status = 'ADMITTED', admitted_ms = ?,"
                + " admission_expires_ms = ? WHERE ticket_id = ? AND status = 'WAITING'")) {
            ps.setLong(1, now.toEpochMilli());
            ps.setLong(2, expires.toEpochMilli());
            ps.setString(3, ticketNo);
            ps.executeUpdate();
        }
    }

    /** Notes that pre-queue tickets wait for {@code opensAt} (keeps the earliest such instant). */
    static void notePrequeue(Connection c, Counters k, Instant opensAt) throws SQLException {
        if (k.prequeueOpensAt() != null && !k.prequeueOpensAt().isAfter(opensAt)) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE front_queue SET prequeue_opens_ms = ? WHERE campaign_id = ?")) {
            ps.setLong(1, opensAt.toEpochMilli());
            ps.setString(2, k.campaignId());
            ps.executeUpdate();
        }
    }

    /**
     * Fair start: gives every pre-queue ticket whose window has opened by {@code now} a place
     * from the sequence, in random order — so arriving early within the minute gains nothing, and
     * all of them are ahead of anyone who arrives after the opening (such an arrival takes its
     * place only after this placement: see {@link WaitingRoom}). The counters row must be locked.
     * Returns the counters afterwards.
     */
    public static Counters placePrequeue(Connection c, Counters k, Instant now) throws SQLException {
        if (k.prequeueOpensAt() == null || now.isBefore(k.prequeueOpensAt())) {
            return k;
        }
        List<String> due = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ticket_id FROM front_ticket WHERE campaign_id = ?"
                + " AND position IS NULL AND status = 'WAITING' AND opens_ms <= ? ORDER BY ticket_id")) {
            ps.setString(1, k.campaignId());
            ps.setLong(2, now.toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    due.add(rs.getString(1));
                }
            }
        }
        Collections.shuffle(due, SHUFFLE);
        long position = k.lastIssued();
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE front_ticket SET position = ? WHERE ticket_id = ? AND position IS NULL")) {
            for (String id : due) {
                position = nextPosition(c);
                ps.setLong(1, position);
                ps.setString(2, id);
                ps.addBatch();
            }
            if (!due.isEmpty()) {
                ps.executeBatch();
            }
        }
        Long next = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(opens_ms) FROM front_ticket WHERE campaign_id = ?"
                + " AND position IS NULL AND status = 'WAITING'")) {
            ps.setString(1, k.campaignId());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    long v = rs.getLong(1);
                    next = rs.wasNull() ? null : v;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE front_queue SET last_issued = GREATEST(last_issued, ?), prequeue_opens_ms = ? WHERE campaign_id = ?")) {
            ps.setLong(1, position);
            if (next == null) {
                ps.setNull(2, Types.BIGINT);
            } else {
                ps.setLong(2, next);
            }
            ps.setString(3, k.campaignId());
            ps.executeUpdate();
        }
        return select(c, k.campaignId(), false).orElseThrow();
    }

    public static Optional<Ticket> ticketOf(Connection c, String personKey, String campaignId) throws SQLException {
        return ticket(c, "person_key = ? AND campaign_id = ?", personKey, campaignId);
    }

    public static Optional<Ticket> ticketByNo(Connection c, String ticketNo) throws SQLException {
        return ticket(c, "ticket_id = ?", ticketNo);
    }

    /** Inserts the person's first ticket; false when a concurrent request inserted one first. */
    static boolean insert(Connection c, Ticket t) throws SQLException {
        Savepoint sp = c.setSavepoint();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO front_ticket (person_key, campaign_id, ticket_id,"
                + " position, opens_ms, status, issued_ms) VALUES (?, ?, ?, ?, ?, 'WAITING', ?)")) {
            ps.setString(1, t.personKey());
            ps.setString(2, t.campaignId());
            ps.setString(3, t.ticketNo());
            setNullableLong(ps, 4, t.position());
            setNullableLong(ps, 5, t.opensAt() == null ? null : t.opensAt().toEpochMilli());
            ps.setLong(6, t.issuedAt().toEpochMilli());
            ps.executeUpdate();
            c.releaseSavepoint(sp);
            return true;
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState())) {
                throw e;
            }
            c.rollback(sp);
            return false;
        }
    }

    /** Replaces a spent ticket (expired or used) by a fresh one; false if it changed meanwhile. */
    static boolean replace(Connection c, String oldTicketNo, Ticket t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE front_ticket SET ticket_id = ?, position = ?, opens_ms = ?,"
                + " status = 'WAITING', issued_ms = ?, admitted_ms = NULL, admission_expires_ms = NULL, used_ms = NULL"
                + " WHERE person_key = ? AND campaign_id = ? AND ticket_id = ?")) {
            ps.setString(1, t.ticketNo());
            setNullableLong(ps, 2, t.position());
            setNullableLong(ps, 3, t.opensAt() == null ? null : t.opensAt().toEpochMilli());
            ps.setLong(4, t.issuedAt().toEpochMilli());
            ps.setString(5, t.personKey());
            ps.setString(6, t.campaignId());
            ps.setString(7, oldTicketNo);
            return ps.executeUpdate() == 1;
        }
    }

    private static Optional<Counters> select(Connection c, String campaignId, boolean forUpdate) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT campaign_id, last_issued, serving, admit_rate,"
                + " prequeue_opens_ms FROM front_queue WHERE campaign_id = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            ps.setString(1, campaignId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long pre = rs.getLong(5);
                Instant prequeue = rs.wasNull() ? null : Instant.ofEpochMilli(pre);
                return Optional.of(new Counters(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getDouble(4), prequeue));
            }
        }
    }

    private static Optional<Ticket> ticket(Connection c, String where, String... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT person_key, campaign_id, ticket_id, position, opens_ms,"
                + " status, issued_ms, admitted_ms, admission_expires_ms FROM front_ticket WHERE " + where)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Ticket(rs.getString(1), rs.getString(2), rs.getString(3), nullableLong(rs, 4),
                        instant(rs, 5), Ticket.Status.valueOf(rs.getString(6)), instant(rs, 7), instant(rs, 8),
                        instant(rs, 9)));
            }
        }
    }

    static Long nullableLong(ResultSet rs, int col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : v;
    }

    static Instant instant(ResultSet rs, int col) throws SQLException {
        Long v = nullableLong(rs, col);
        return v == null ? null : Instant.ofEpochMilli(v);
    }

    static void setNullableLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }
}
