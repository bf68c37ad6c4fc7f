package org.yeyak.server.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.yeyak.server.store.Tx;

/**
 * The append-only, hash-chained audit trail.
 *
 * <p>Each event stores the previous event's hash and its own,
 * {@code hash = SHA-256(prev_hash + "\n" + canonical event)}; the first event's previous hash is
 * 64 zeros. The chain head (last sequence number and hash) is one row, {@code audit_head}, which
 * every append updates first: appends are thus serialized across transactions and server nodes,
 * and an event belongs to the transaction that appended it (a rolled-back booking leaves no trace).
 * Changing, removing or inserting an event breaks the chain, which {@link #verify()} finds.
 *
 * <p>Every append also counts its events per action in {@code audit_totals} ({@link #total}), in
 * the same transaction: what the trail says happened, in O(1).
 *
 * <p>Times are the server clock's (the demo clock in demo mode), to the millisecond.
 */
public final class AuditLog {
    public static final String GENESIS = "0".repeat(64);
    private final DataSource ds;
    private final Clock clock;

    public AuditLog(DataSource ds, Clock clock) {
        this.ds = ds;
        this.clock = clock;
    }

    /** Appends one event in its own transaction. */
    public AuditEvent append(AuditEntry entry) {
        return Tx.run(ds, c -> append(c, List.of(entry)).get(0));
    }

    /** Appends events on the caller's transaction: they commit (or vanish) with it. */
    public List<AuditEvent> append(Connection c, List<AuditEntry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return List.of();
        }
        // The UPDATE takes the head's row lock before we read it: concurrent appenders queue here.
        try (PreparedStatement lock = c.prepareStatement("UPDATE audit_head SET seq = seq + ? WHERE id = 1")) {
            lock.setInt(1, entries.size());
            lock.executeUpdate();
        }
        long seq;
        String prev;
        try (PreparedStatement head = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1");
             ResultSet rs = head.executeQuery()) {
            rs.next();
            seq = rs.getLong(1) - entries.size();
            prev = rs.getString(2);
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<AuditEvent> out = new ArrayList<>(entries.size());
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO audit_events"
                + " (seq, at, actor, action, subject, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (AuditEntry e : entries) {
                seq++;
                AuditEvent unhashed = new AuditEvent(seq, at, e.actor(), e.action(), e.subject(), e.detailJson(), prev, null);
                AuditEvent event = new AuditEvent(seq, at, e.actor(), e.action(), e.subject(), unhashed.detail(), prev,
                        hash(prev, unhashed));
                ins.setLong(1, event.seq());
                ins.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                ins.setString(3, event.actor());
                ins.setString(4, event.action());
                ins.setString(5, event.subject());
                ins.setString(6, event.detail());
                ins.setString(7, event.prevHash());
                ins.setString(8, event.hash());
                ins.addBatch();
                out.add(event);
                prev = event.hash();
            }
            ins.executeBatch();
        }
        try (PreparedStatement upd = c.prepareStatement("UPDATE audit_head SET hash = ? WHERE id = 1")) {
            upd.setString(1, prev);
            upd.executeUpdate();
        }
        addToTotals(c, entries);
        return out;
    }

    /** Counts the entries per action into {@code audit_totals} (under the head's lock: no racing insert). */
    private static void addToTotals(Connection c, List<AuditEntry> entries) throws SQLException {
        Map<String, Integer> byAction = new TreeMap<>();
        for (AuditEntry e : entries) {
            byAction.merge(e.action(), 1, Integer::sum);
        }
        try (PreparedStatement upd = c.prepareStatement("UPDATE audit_totals SET events = events + ? WHERE action = ?");
             PreparedStatement ins = c.prepareStatement("INSERT INTO audit_totals (action, events) VALUES (?, ?)")) {
            for (Map.Entry<String, Integer> a : byAction.entrySet()) {
                upd.setInt(1, a.getValue());
                upd.setString(2, a.getKey());
                if (upd.executeUpdate() == 0) {
                    ins.setString(1, a.getKey());
                    ins.setInt(2, a.getValue());
                    ins.executeUpdate();
                }
            }
        }
    }

    /**
     * How many events of {@code action} the trail holds (kept with every append, so as exact as
     * the trail and read in O(1)). 0 for an action never seen.
     */
    public static long total(Connection c, String action) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT events FROM audit_totals WHERE action = ?")) {
            ps.setString(1, action);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** Events after {@code afterSeq}, oldest first, at most {@code limit}. */
    public List<AuditEvent> list(long afterSeq, int limit) {
        return Tx.read(ds, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, at, actor, action, subject, detail, prev_hash, hash"
                    + " FROM audit_events WHERE seq > ? ORDER BY seq LIMIT ?")) {
                ps.setLong(1, afterSeq);
                ps.setInt(2, limit);
                List<AuditEvent> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(read(rs));
                    }
                }
                return out;
            }
        });
    }

    /** The outcome of {@link #verify()}: {@code brokenAt} is the first bad sequence number, or null. */
    public record Verification(boolean intact, long events, String headHash, Long brokenAt, String problem) {
    }

    /**
     * Walks the whole chain: sequence numbers 1..n without holes, each event's {@code prev_hash}
     * equal to its predecessor's hash, each hash recomputed, and the head matching the last event.
     */
    public Verification verify() {
        return Tx.read(ds, c -> {
            long headSeq;
            String headHash;
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                headSeq = rs.getLong(1);
                headHash = rs.getString(2);
            }
            String prev = GENESIS;
            long expected = 1;
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, at, actor, action, subject, detail, prev_hash,"
                    + " hash FROM audit_events ORDER BY seq")) {
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        AuditEvent e = read(rs);
                        if (e.seq() != expected) {
                            return new Verification(false, expected - 1, headHash, expected, "event missing");
                        }
                        if (!e.prevHash().equals(prev)) {
                            return new Verification(false, expected - 1, headHash, e.seq(), "previous hash does not match");
                        }
                        if (!hash(prev, e).equals(e.hash())) {
                            return new Verification(false, expected - 1, headHash, e.seq(), "event was altered");
                        }
                        prev = e.hash();
                        expected++;
                    }
                }
            }
            long count = expected - 1;
            if (count != headSeq || !prev.equals(headHash)) {
                return new Verification(false, count, headHash, count + 1, "chain head does not match the last event");
            }
            return new Verification(true, count, headHash, null, null);
        });
    }

    static String hash(String prevHash, AuditEvent e) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(prevHash.getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) '\n');
            sha.update(e.canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
        }
    }

    private static AuditEvent read(ResultSet rs) throws SQLException {
        return new AuditEvent(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
    }
}
