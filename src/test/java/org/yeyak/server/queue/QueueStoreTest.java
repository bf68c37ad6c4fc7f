package org.yeyak.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.server.store.Database;
import org.yeyak.server.store.Tx;

/** Places from the sequence: increasing with gaps, counted by people when admitting, after any older place. */
class QueueStoreTest {
    @TempDir
    Path data;

    @Test
    void servingMovesByPeopleNotByPlacesWhenPlacesHaveGaps() {
        try (Database db = Database.open(data, null, null, null)) {
            Tx.run(db.dataSource(), c -> {
                for (long place : new long[] {3, 10, 11, 40}) {
                    ticket(c, "camp", "p" + place, place);
                }
                ticket(c, "other", "q", 12);   // another campaign's place in between
                assertThat(QueueStore.placeAfter(c, "camp", 0, 2)).isEqualTo(10);
                assertThat(QueueStore.placeAfter(c, "camp", 10, 2)).isEqualTo(40);
                assertThat(QueueStore.placeAfter(c, "camp", 10, 50)).as("fewer wait: the last place").isEqualTo(40);
                assertThat(QueueStore.placeAfter(c, "camp", 40, 1)).as("nobody waits").isEqualTo(40);
                return null;
            });
        }
    }

    @Test
    void lastIssuedCatchesUpWithThePlacesTakenFromTheSequence() {
        try (Database db = Database.open(data, null, null, null)) {
            Counters k = Tx.run(db.dataSource(), c -> {
                Counters locked = QueueStore.lock(c, "camp", 50, 0);
                long a = QueueStore.nextPosition(c);
                long b = QueueStore.nextPosition(c);
                assertThat(b).isGreaterThan(a);
                ticket(c, "camp", "a", a);
                ticket(c, "camp", "b", b);
                return QueueStore.catchUpLastIssued(c, locked);
            });
            assertThat(k.lastIssued()).isPositive();
            assertThat(k.waiting()).isEqualTo(k.lastIssued() - k.serving());
            long highest = Tx.read(db.dataSource(), c -> scalar(c, "SELECT MAX(position) FROM front_ticket"));
            assertThat(k.lastIssued()).isEqualTo(highest);
        }
    }

    @Test
    void aStoreFromBeforeTheSequenceGivesNewPlacesAfterItsOldOnes() throws Exception {
        String url = Database.h2Url("file:" + data.toAbsolutePath().resolve("yeyak"));
        Flyway.configure().dataSource(url, "yeyak", "").locations("classpath:db/migration").target("4").load().migrate();
        try (Connection c = java.sql.DriverManager.getConnection(url, "yeyak", "");
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO front_queue (campaign_id, last_issued, serving, admit_rate, ticked_ms)"
                    + " VALUES ('camp', 41, 7, 50, 0)");
        }
        try (Database db = Database.open(data, null, null, null)) {
            assertThat(Tx.run(db.dataSource(), QueueStore::nextPosition)).isEqualTo(42);
        }
    }

    private static void ticket(Connection c, String campaign, String person, long place) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO front_ticket (person_key, campaign_id, ticket_id,"
                + " position, status, issued_ms) VALUES (?, ?, ?, ?, 'WAITING', 0)")) {
            ps.setString(1, person);
            ps.setString(2, campaign);
            ps.setString(3, campaign + "-" + person);
            ps.setLong(4, place);
            ps.executeUpdate();
        }
    }

    private static long scalar(Connection c, String sql) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
