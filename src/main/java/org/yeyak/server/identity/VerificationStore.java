package org.yeyak.server.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.yeyak.server.store.BatchWriter;
import org.yeyak.server.store.Tx;

/**
 * The verification tables. The two rules that must hold across nodes — first device wins,
 * one completed verification per person per window — are decided here, by one conditional
 * UPDATE of the person's row: of two devices finishing at once, the database lets exactly
 * one change the row; the other sees zero rows updated and is refused.
 *
 * <p>Starting and completing a verification — once each per citizen, so at a surge thousands a
 * second — are jobs of the node's {@link BatchWriter} (group commit, shared with the bookings),
 * keyed by the person so that a batch locks person rows after the waiting room's counters and
 * before stock. A job may be run again (a lock conflict rolls it back to its savepoint), so each
 * one reads what it needs inside the batch's transaction. Rare writes (a timeout noticed by a
 * poll, forgetting a verification no provider took, the purge) commit on their own.
 */
final class VerificationStore {
    private final DataSource ds;
    private final BatchWriter writer;

    /** Why a person may not start (or finish) a verification now. */
    sealed interface Block permits DeviceConflict, RateLimited {
    }

    record DeviceConflict() implements Block {
    }

    record RateLimited(Instant retryAt) implements Block {
    }

    VerificationStore(DataSource ds, BatchWriter writer) {
        this.ds = ds;
        this.writer = writer;
    }

    /** The batch order of a person's jobs: after the waiting room's, before bookings' (see BatchWriter). */
    static String orderKey(String personKey) {
        return "\u0002person:" + personKey;
    }

    /**
     * Checks the person's row and, if nothing blocks, records a pending verification — in one
     * transaction. Another device's live session blocks first, then a recent completed verification.
     * Returns once the pending verification is durably stored.
     */
    Optional<Block> start(Verification v, long rateLimitMs) {
        return writer.run((c, audit) -> {
            ensurePerson(c, v.personKey());
            Optional<Block> block = blockFor(c, v.personKey(), v.deviceId(), v.createdAt().toEpochMilli(), rateLimitMs);
            if (block.isPresent()) {
                return block;
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO front_verification (verification_id, person_key,"
                    + " device_id, provider_id, status, birth_date, masked_name, created_ms, deadline_ms)"
                    + " VALUES (?, ?, ?, ?, 'PENDING', ?, ?, ?, ?)")) {
                ps.setString(1, v.id());
                ps.setString(2, v.personKey());
                ps.setString(3, v.deviceId());
                ps.setString(4, v.providerId());
                ps.setObject(5, v.birthDate());
                ps.setString(6, v.maskedName());
                ps.setLong(7, v.createdAt().toEpochMilli());
                ps.setLong(8, v.deadline().toEpochMilli());
                ps.executeUpdate();
            }
            return Optional.<Block>empty();
        }, orderKey(v.personKey()));
    }

    /**
     * The provider vouched for the person: give this device the session if no other device holds a
     * live one and no verification completed within the window; otherwise fail the verification.
     * The future completes with the verification as it then stands, once that is durably stored;
     * the caller does not wait (it is a provider callback).
     */
    CompletableFuture<Verification> complete(Verification pending, String sessionId, Instant now, Instant sessionExpires,
                                             long rateLimitMs) {
        String verificationId = pending.id();
        return writer.submit((c, audit) -> {
            Verification v = find(c, verificationId).orElseThrow();
            if (v.status() != Verification.Status.PENDING) {
                return v;
            }
            long nowMs = now.toEpochMilli();
            int won;
            try (PreparedStatement ps = c.prepareStatement("UPDATE front_person SET device_id = ?, session_id = ?,"
                    + " session_expires_ms = ?, last_verified_ms = ? WHERE person_key = ?"
                    + " AND (session_expires_ms IS NULL OR session_expires_ms <= ? OR device_id = ?)"
                    + " AND (last_verified_ms IS NULL OR last_verified_ms <= ?)")) {
                ps.setString(1, v.deviceId());
                ps.setString(2, sessionId);
                ps.setLong(3, sessionExpires.toEpochMilli());
                ps.setLong(4, nowMs);
                ps.setString(5, v.personKey());
                ps.setLong(6, nowMs);
                ps.setString(7, v.deviceId());
                ps.setLong(8, nowMs - rateLimitMs);
                won = ps.executeUpdate();
            }
            if (won == 1) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE front_verification SET status = 'VERIFIED',"
                        + " session_id = ?, session_expires_ms = ? WHERE verification_id = ?")) {
                    ps.setString(1, sessionId);
                    ps.setLong(2, sessionExpires.toEpochMilli());
                    ps.setString(3, verificationId);
                    ps.executeUpdate();
                }
            } else {
                Block block = blockFor(c, v.personKey(), v.deviceId(), nowMs, rateLimitMs)
                        .orElse(new DeviceConflict());
                setFailed(c, verificationId, block instanceof DeviceConflict ? "DEVICE_CONFLICT" : "RATE_LIMITED");
            }
            return find(c, verificationId).orElseThrow();
        }, orderKey(pending.personKey()));
    }

    /** The provider refused or failed: the verification ends with this code, in a coming batch. */
    CompletableFuture<Void> failLater(Verification pending, String code) {
        return writer.submit((c, audit) -> {
            setFailed(c, pending.id(), code);
            return null;
        }, orderKey(pending.personKey()));
    }

    /** The provider took too long (noticed by a poll): the verification ends with this code. */
    void fail(String verificationId, String code) {
        Tx.run(ds, c -> {
            setFailed(c, verificationId, code);
            return null;
        });
    }

    /** Forgets a verification that never reached a provider (refused after it was recorded). */
    void delete(String verificationId) {
        Tx.run(ds, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM front_verification WHERE verification_id = ?")) {
                ps.setString(1, verificationId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    Optional<Verification> find(String verificationId) {
        return Tx.read(ds, c -> find(c, verificationId));
    }

    /** Removes finished verifications older than {@code before} (they hold a birth date and a masked name). */
    int purge(Instant before) {
        return Tx.run(ds, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM front_verification WHERE created_ms < ?")) {
                ps.setLong(1, before.toEpochMilli());
                return ps.executeUpdate();
            }
        });
    }

    private static void setFailed(Connection c, String verificationId, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE front_verification SET status = 'FAILED', failure_code = ?"
                + " WHERE verification_id = ? AND status = 'PENDING'")) {
            ps.setString(1, code);
            ps.setString(2, verificationId);
            ps.executeUpdate();
        }
    }

    private static Optional<Block> blockFor(Connection c, String personKey, String deviceId, long nowMs, long rateLimitMs)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT device_id, session_expires_ms, last_verified_ms"
                + " FROM front_person WHERE person_key = ?")) {
            ps.setString(1, personKey);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String holder = rs.getString(1);
                long expires = rs.getLong(2);
                boolean live = !rs.wasNull() && expires > nowMs;
                if (live && holder != null && !holder.equals(deviceId)) {
                    return Optional.of(new DeviceConflict());
                }
                long last = rs.getLong(3);
                if (!rs.wasNull() && last > nowMs - rateLimitMs) {
                    return Optional.of(new RateLimited(Instant.ofEpochMilli(last + rateLimitMs)));
                }
                return Optional.empty();
            }
        }
    }

    private static void ensurePerson(Connection c, String personKey) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM front_person WHERE person_key = ?")) {
            ps.setString(1, personKey);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        // A concurrent first verification of the same person may insert the row first: a savepoint
        // keeps this transaction usable (PostgreSQL aborts a transaction on any error otherwise).
        java.sql.Savepoint sp = c.setSavepoint();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO front_person (person_key) VALUES (?)")) {
            ps.setString(1, personKey);
            ps.executeUpdate();
            c.releaseSavepoint(sp);
        } catch (SQLException e) {
            if (!Tx.isUniqueViolation(e)) {
                throw e;
            }
            c.rollback(sp);
        }
    }

    private static Optional<Verification> find(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT verification_id, person_key, device_id, provider_id, status,"
                + " failure_code, birth_date, masked_name, session_id, session_expires_ms, created_ms, deadline_ms"
                + " FROM front_verification WHERE verification_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long exp = rs.getLong(10);
                Instant sessionExpires = rs.wasNull() ? null : Instant.ofEpochMilli(exp);
                return Optional.of(new Verification(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Verification.Status.valueOf(rs.getString(5)), rs.getString(6),
                        rs.getObject(7, java.time.LocalDate.class), rs.getString(8), rs.getString(9), sessionExpires,
                        Instant.ofEpochMilli(rs.getLong(11)), Instant.ofEpochMilli(rs.getLong(12))));
            }
        }
    }
}
