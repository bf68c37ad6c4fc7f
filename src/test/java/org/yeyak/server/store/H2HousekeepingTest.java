package org.yeyak.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * H2 with durable commits ({@code WRITE_DELAY=0}) runs no background housekeeping, so a chunk of
 * its file that keeps one live page is never reused. A surge's writes — new rows under random
 * person keys, and updates of rows written a while ago — leave such pages everywhere. The same
 * writes into two stores side by side: the one whose housekeeping runs stays a fraction of the
 * size of the other, with the same data in it.
 */
class H2HousekeepingTest {
    static final int COMMITS = 600;
    static final int ROWS_PER_COMMIT = 100;

    @TempDir
    Path dir;

    @Test
    void housekeepingKeepsTheFileNearItsLiveDataUnderRandomKeyedWrites() throws Exception {
        JdbcDataSource plain = dataSource(dir.resolve("plain"));
        JdbcDataSource kept = dataSource(dir.resolve("kept"));
        int rounds = 0;
        try (Connection a = plain.getConnection(); Connection b = kept.getConnection()) {
            H2Housekeeping housekeeping = H2Housekeeping.untimed(kept);
            H2Housekeeping none = H2Housekeeping.untimed(plain);   // only to read its fill rate
            create(a);
            create(b);
            SplittableRandom random = new SplittableRandom(7);
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < COMMITS; i++) {
                List<String> fresh = new ArrayList<>();
                for (int j = 0; j < ROWS_PER_COMMIT; j++) {
                    fresh.add(UUID.nameUUIDFromBytes(new byte[] {(byte) i, (byte) (i >> 8), (byte) j}).toString());
                }
                List<String> old = new ArrayList<>();
                for (int j = 0; j < ROWS_PER_COMMIT && !keys.isEmpty(); j++) {
                    old.add(keys.get(random.nextInt(keys.size())));
                }
                write(a, fresh, old, i);
                write(b, fresh, old, i);
                keys.addAll(fresh);
                if (i % 10 == 9 && housekeeping.round()) {
                    rounds++;
                }
            }
            assertThat(count(a)).isEqualTo(count(b)).isEqualTo((long) COMMITS * ROWS_PER_COMMIT);
            assertThat(checksum(a)).isEqualTo(checksum(b));
            // Measured while open: closing the last connection compacts the file a little.
            long plainBytes = Files.size(dir.resolve("plain.mv.db"));
            long keptBytes = Files.size(dir.resolve("kept.mv.db"));
            assertThat(rounds).as("rounds that rewrote something").isPositive();
            assertThat(keptBytes).as("kept %,d bytes, plain %,d bytes", keptBytes, plainBytes)
                    .isLessThan(plainBytes / 2);
            assertThat(housekeeping.chunksFillRate()).isGreaterThan(none.chunksFillRate());
        }
    }

    /** The production settings, with H2's retention time off so that freed chunks are reused at once. */
    private static JdbcDataSource dataSource(Path file) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(Database.h2Url("file:" + file.toAbsolutePath()) + ";RETENTION_TIME=0");
        ds.setUser("yeyak");
        ds.setPassword("");
        return ds;
    }

    private static void create(Connection c) throws SQLException {
        c.createStatement().execute("CREATE TABLE person (person_key VARCHAR(64) PRIMARY KEY,"
                + " visits INT NOT NULL, note VARCHAR(200) NOT NULL)");
        c.setAutoCommit(false);
    }

    /** One group commit: new people, and another visit of people seen before. */
    private static void write(Connection c, List<String> fresh, List<String> old, int commit) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO person VALUES (?, 1, ?)");
             PreparedStatement update = c.prepareStatement(
                     "UPDATE person SET visits = visits + 1, note = ? WHERE person_key = ?")) {
            for (String k : fresh) {
                insert.setString(1, k);
                insert.setString(2, "first seen in commit " + commit);
                insert.addBatch();
            }
            insert.executeBatch();
            for (String k : old) {
                update.setString(1, "seen again in commit " + commit);
                update.setString(2, k);
                update.addBatch();
            }
            update.executeBatch();
        }
        c.commit();
    }

    private static long count(Connection c) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM person")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long checksum(Connection c) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT SUM(visits), SUM(LENGTH(note)) FROM person")) {
            rs.next();
            return rs.getLong(1) * 1_000_003L + rs.getLong(2);
        }
    }
}
