package org.yeyak.server.booking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yeyak.server.security.PersonKey;

/** The SQL of bookings and idempotency records, on the caller's connection. */
final class BookingStore {
    private static final String COLUMNS = "id, campaign_id, person_key, clinic_id, vaccination_date, tranche, vaccine,"
            + " status, channel, actor, created_at, cancelled_at";

    /** A stored idempotent response. */
    record StoredResponse(String sessionId, String requestHash, int status, String body) {
    }

    /**
     * What the booking transaction must know before taking a dose, in one round trip: an earlier
     * answer to this Idempotency-Key (or null), whether the admission id is spent, and whether the
     * person already holds a booking in the campaign.
     */
    record Precheck(StoredResponse stored, boolean admissionSpent, boolean alreadyBooked) {
    }

    private BookingStore() {
    }

    static Precheck precheck(Connection c, String campaignId, PersonKey person, String idemKey, String admissionId)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT i.session_id, i.request_hash, i.status, i.response,"
                + " (SELECT COUNT(*) FROM bookings WHERE admission_id = ?),"
                + " (SELECT COUNT(*) FROM bookings WHERE campaign_id = ? AND person_key = ? AND active = TRUE)"
                + " FROM (SELECT 1 AS one) d"
                + " LEFT JOIN idempotency_keys i ON i.person_key = ? AND i.idem_key = ?")) {
            ps.setString(1, admissionId);
            ps.setString(2, campaignId);
            ps.setString(3, person.value());
            ps.setString(4, person.value());
            ps.setString(5, idemKey);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                StoredResponse stored = rs.getString(1) == null ? null
                        : new StoredResponse(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4));
                return new Precheck(stored, rs.getLong(5) > 0, rs.getLong(6) > 0);
            }
        }
    }

    static Optional<Booking> get(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM bookings WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    static Optional<Booking> active(Connection c, String campaignId, PersonKey person) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM bookings"
                + " WHERE campaign_id = ? AND person_key = ? AND active = TRUE")) {
            ps.setString(1, campaignId);
            ps.setString(2, person.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** A person's bookings in one campaign: the standing one first, then newest first. */
    static List<Booking> forPerson(Connection c, String campaignId, PersonKey person) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM bookings WHERE campaign_id = ? AND person_key = ?"
                + " ORDER BY CASE WHEN active = TRUE THEN 0 ELSE 1 END, created_at DESC, id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, campaignId);
            ps.setString(2, person.value());
            List<Booking> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        }
    }

    static boolean admissionUsed(Connection c, String admissionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM bookings WHERE admission_id = ?")) {
            ps.setString(1, admissionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Inserts an active booking; false (and nothing written) if a unique constraint stands in the
     * way: another booking of the person in the campaign, or of the admission id, committed since
     * the precheck. {@code ON CONFLICT DO NOTHING} (PostgreSQL, and H2 in PostgreSQL mode) spares
     * a savepoint round trip per booking.
     */
    static boolean insert(Connection c, Booking b, String admissionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO bookings (id, campaign_id, person_key, clinic_id,"
                + " vaccination_date, tranche, vaccine, status, active, channel, actor, admission_id, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, b.id());
            ps.setString(2, b.campaignId());
            ps.setString(3, b.person().value());
            ps.setString(4, b.clinicId());
            ps.setObject(5, b.date());
            ps.setString(6, b.tranche());
            ps.setString(7, b.vaccine());
            ps.setString(8, b.status());
            ps.setString(9, b.channel().name());
            ps.setString(10, b.actor());
            ps.setString(11, admissionId);
            ps.setObject(12, OffsetDateTime.ofInstant(b.createdAt(), ZoneOffset.UTC));
            return ps.executeUpdate() == 1;
        }
    }

    /** Marks an active booking cancelled; false if it was not active. */
    static boolean cancel(Connection c, String id, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE bookings SET status = 'CANCELLED', active = NULL,"
                + " cancelled_at = ? WHERE id = ? AND active = TRUE")) {
            ps.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            ps.setString(2, id);
            return ps.executeUpdate() == 1;
        }
    }

    /** Moves an active booking to another clinic, date and tranche; false if it was not active. */
    static boolean move(Connection c, String id, String clinicId, LocalDate date, String tranche) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE bookings SET clinic_id = ?, vaccination_date = ?,"
                + " tranche = ? WHERE id = ? AND active = TRUE")) {
            ps.setString(1, clinicId);
            ps.setObject(2, date);
            ps.setString(3, tranche);
            ps.setString(4, id);
            return ps.executeUpdate() == 1;
        }
    }

    static Optional<StoredResponse> response(Connection c, PersonKey person, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT session_id, request_hash, status, response"
                + " FROM idempotency_keys WHERE person_key = ? AND idem_key = ?")) {
            ps.setString(1, person.value());
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new StoredResponse(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4)))
                        : Optional.empty();
            }
        }
    }

    static void saveResponse(Connection c, PersonKey person, Idempotency idem, int status, String body, Instant at)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO idempotency_keys (person_key, idem_key, session_id,"
                + " request_hash, status, response, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, person.value());
            ps.setString(2, idem.key());
            ps.setString(3, idem.sessionId());
            ps.setString(4, idem.requestHash());
            ps.setInt(5, status);
            ps.setString(6, body);
            ps.setObject(7, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            ps.executeUpdate();
        }
    }

    private static Booking read(ResultSet rs) throws SQLException {
        OffsetDateTime cancelled = rs.getObject(12, OffsetDateTime.class);
        return new Booking(rs.getString(1), rs.getString(2), new PersonKey(rs.getString(3)), rs.getString(4),
                rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getString(8),
                Booking.Channel.valueOf(rs.getString(9)), rs.getString(10),
                rs.getObject(11, OffsetDateTime.class).toInstant(), cancelled == null ? null : cancelled.toInstant());
    }
}
