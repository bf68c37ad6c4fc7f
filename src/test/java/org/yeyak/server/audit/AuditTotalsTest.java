package org.yeyak.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.server.booking.BookingService;
import org.yeyak.server.store.Database;
import org.yeyak.server.store.Tx;

/**
 * The audit trail's running totals per action (migration V7): a store from before them is
 * counted once at the upgrade, and every later append, in one transaction or rolled back, keeps
 * them equal to what the trail holds.
 */
class AuditTotalsTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2021-08-09T11:00:30Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    @Test
    void theUpgradeCountsTheTrailAndAppendsKeepCounting() throws Exception {
        String url = Database.h2Url("file:" + data.toAbsolutePath().resolve("yeyak"));
        Flyway.configure().dataSource(url, "yeyak", "").locations("classpath:db/migration").target("6").load().migrate();
        try (Connection c = java.sql.DriverManager.getConnection(url, "yeyak", "")) {
            String[] actions = {"DEMO_LOADED", "BOOKING_CREATED", "BOOKING_CREATED", "BOOKING_CANCELLED",
                    "BOOKING_CREATED", "BOOKING_MOVED"};
            for (int i = 0; i < actions.length; i++) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_events (seq, at, actor, action,"
                        + " subject, detail, prev_hash, hash) VALUES (?, CURRENT_TIMESTAMP, 'system', ?, NULL, '{}',"
                        + " 'p', 'h')")) {
                    ps.setLong(1, i + 1);
                    ps.setString(2, actions[i]);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE audit_head SET seq = 6, hash = 'h' WHERE id = 1")) {
                ps.executeUpdate();
            }
        }

        try (Database db = Database.open(data, null, null, null)) {
            var ds = db.dataSource();
            assertThat(total(db, "BOOKING_CREATED")).isEqualTo(3);
            assertThat(total(db, "BOOKING_CANCELLED")).isEqualTo(1);
            assertThat(total(db, "DEMO_LOADED")).isEqualTo(1);
            assertThat(total(db, "NEVER_SEEN")).isZero();
            assertThat(Tx.read(ds, BookingService::standingBookings)).isEqualTo(2);

            AuditLog audit = new AuditLog(ds, CLOCK);
            Tx.run(ds, c -> audit.append(c, List.of(
                    new AuditEntry("citizen:a", BookingService.CREATED, "b4", Map.of()),
                    new AuditEntry("citizen:b", BookingService.CREATED, "b5", Map.of()),
                    new AuditEntry("staff:x", "CLINIC_ADDED", "k9", Map.of()))));
            try {
                Tx.run(ds, c -> {
                    audit.append(c, List.of(new AuditEntry("citizen:c", BookingService.CREATED, "b6", Map.of())));
                    throw new IllegalStateException("rolled back");
                });
            } catch (IllegalStateException expected) {
                // a rolled-back append counts nothing
            }
            audit.append(new AuditEntry("citizen:a", BookingService.CANCELLED, "b4", Map.of()));

            assertThat(total(db, "BOOKING_CREATED")).isEqualTo(5);
            assertThat(total(db, "CLINIC_ADDED")).isEqualTo(1);
            assertThat(total(db, "BOOKING_CANCELLED")).isEqualTo(2);
            assertThat(Tx.read(ds, BookingService::standingBookings)).isEqualTo(3);
            long events = Tx.read(ds, c -> {
                try (var ps = c.prepareStatement("SELECT COUNT(*) FROM audit_events");
                     var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertThat(events).isEqualTo(6 + 4);
        }
    }

    private static long total(Database db, String action) {
        return Tx.read(db.dataSource(), c -> AuditLog.total(c, action));
    }
}
