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
 * What is stored of verifications: outcomes only. A verification in progress lives in its id
 * ({@link VerificationIds}); a success is the person's row naming it (with the session it gave),
 * a failure a row of {@code front_verification_failure}.
 *
 * <p>The two rules that must hold across nodes — first device wins, one completed verification
 * per person per window — are decided here, by one conditional UPDATE of the person's row: of two
 * devices finishing at once, the database lets exactly one change the row; the other sees zero
 * rows updated and is refused. Every job that records an outcome first locks the person's row, so
 * a provider's late answer and a poll noticing the deadline cannot both win.
 *
 * <p>Completions — one per citizen, so at a surge thousands a second — are jobs of the node's
 * {@link BatchWriter} (group commit, shared with the bookings), keyed by the person so that a
 * batch locks person rows after the waiting room's counters and before stock. A job may be run
 * again (a lock conflict rolls it back to its savepoint), so each one reads what it needs inside
 * the batch's transaction.
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
     * Whether this person may start a verification from this device now: another device's live
     * session blocks first, then a verification completed within the window. A read: the
     * decision that counts is taken again at completion.
     */
    Optional<Block> check(String personKey, String deviceId, long nowMs, long rateLimitMs) {
        return Tx.read(ds, c -> blockFor(c, personKey, deviceId, nowMs, rateLimitMs));
    }

    /**
     * The provider vouched for the person: give this device the session if no other device holds a
     * live one and no verification completed within the window; otherwise the verification fails.
     * The future completes with the outcome once it is durably stored; the caller does not wait
     * (it is a provider callback).
     */
    CompletableFuture<Verification.Outcome> complete(Verification v, String sessionId, Instant now,
                                                    Instant sessionExpires, long rateLimitMs) {
        return writer.submit((c, audit) -> {
            ensurePerson(c, v.personKey());
            Optional<Verification.Outcome> already = outcome(c, v);
            if (already.isPresent()) {
                return already.get();
            }
            long nowMs = now.toEpochMilli();
            int won;
            try (PreparedStatement ps = c.prepareStatement("UPDATE front_person SET device_id = ?, session_id = ?,"
                    + " session_expires_ms = ?, last_verified_ms = ?, verification_id = ? WHERE person_key = ?"
                    + " AND (session_expires_ms IS NULL OR session_expires_ms <= ? OR device_id = ?)"
                    + " AND (last_verified_ms IS NULL OR last_verified_ms <= ?)")) {
                ps.setString(1, v.deviceId());
                ps.setString(2, sessionId);
                ps.setLong(3, sessionExpires.toEpochMilli());
                ps.setLong(4, nowMs);
                ps.setString(5, v.id());
                ps.setString(6, v.personKey());
                ps.setLong(7, nowMs);
                ps.setString(8, v.deviceId());
                ps.setLong(9, nowMs - rateLimitMs);
                won = ps.executeUpdate();
            }
            if (won == 1) {
                return Verification.Outcome.verified(sessionId, sessionExpires);
            }
            Block block = blockFor(c, v.personKey(), v.deviceId(), nowMs, rateLimitMs).orElse(new DeviceConflict());
            String code = block instanceof DeviceConflict ? "DEVICE_CONFLICT" : "RATE_LIMITED";
            insertFailure(c, v.id(), code, nowMs);
            return Verification.Outcome.failed(code);
        }, orderKey(v.personKey()));
    }

    /**
     * The verification ends with this code (the provider refused or failed, or a poll saw the
     * deadline pass) unless it already has an outcome; completes with the outcome that stands.
     */
    CompletableFuture<Verification.Outcome> fail(Verification v, String code, Instant now) {
        return writer.submit((c, audit) -> {
            ensurePerson(c, v.personKey());
            Optional<Verification.Outcome> already = outcome(c, v);
            if (already.isPresent()) {
                return already.get();
            }
            insertFailure(c, v.id(), code, now.toEpochMilli());
            return Verification.Outcome.failed(code);
        }, orderKey(v.personKey()));
    }

    /** The outcome of this verification, if it has one yet. */
    Optional<Verification.Outcome> outcome(Verification v) {
        return Tx.read(ds, c -> outcome(c, v));
    }

    /** Removes failures recorded before {@code before}. */
    int purge(Instant before) {
        return Tx.run(ds, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM front_verification_failure WHERE created_ms < ?")) {
                ps.setLong(1, before.toEpochMilli());
                return ps.executeUpdate();
            }
        });
    }

    private static Optional<Verification.Outcome> outcome(Connection c, Verification v) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT session_id, session_expires_ms FROM front_person"
                + " WHERE person_key = ? AND verification_id = ?")) {
            ps.setString(1, v.personKey());
            ps.setString(2, v.id());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return Optional.of(Verification.Outcome.verified(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2))));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT code FROM front_verification_failure WHERE verification_id = ?")) {
            ps.setString(1, v.id());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(Verification.Outcome.failed(rs.getString(1))) : Optional.empty();
            }
        }
    }

    private static void insertFailure(Connection c, String verificationId, String code, long nowMs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO front_verification_failure (verification_id, code, created_ms) VALUES (?, ?, ?)")) {
            ps.setString(1, verificationId);
            ps.setString(2, code);
            ps.setLong(3, nowMs);
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

    /**
     * Makes sure the person has a row and locks it for this transaction (on PostgreSQL another
     * node's job on the same person waits for this one to commit).
     */
    private static void ensurePerson(Connection c, String personKey) throws SQLException {
        if (lockPerson(c, personKey)) {
            return;
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
            lockPerson(c, personKey);
        }
    }

    private static boolean lockPerson(Connection c, String personKey) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM front_person WHERE person_key = ? FOR UPDATE")) {
            ps.setString(1, personKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
