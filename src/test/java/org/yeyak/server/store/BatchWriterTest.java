package org.yeyak.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.server.audit.AuditLog;
import org.yeyak.server.testing.HeldWriter;

/**
 * The group commit itself, on a real H2 file: jobs queued while the writer is busy share one
 * commit, run in the documented lock order (waiting room, then people, then bookings, unkeyed
 * last; equal keys first come first served), and a job rolled back by a lock conflict runs again.
 */
class BatchWriterTest {
    @TempDir
    Path data;
    Database db;
    BatchWriter writer;

    @BeforeEach
    void open() {
        db = Database.open(data, null, null, null);
        writer = new BatchWriter(db.dataSource(), new AuditLog(db.dataSource(), Clock.systemUTC()), 128, 1);
        Tx.run(db.dataSource(), c -> {
            try (PreparedStatement ps = c.prepareStatement("CREATE TABLE test_marks (n INT NOT NULL)")) {
                ps.executeUpdate();
            }
            return null;
        });
    }

    @AfterEach
    void close() {
        writer.close();
        db.close();
    }

    @Test
    void jobsQueuedWhileTheWriterIsBusyShareOneCommitInLockOrder() throws Exception {
        HeldWriter hold = HeldWriter.hold(writer);
        long before = writer.commits();
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        // Queued in an order that is not the lock order.
        String[] keys = {"", "clinic-1|2021-08-20", "\u0002person:B", "\u0001queue:demo", "\u0002person:A",
                "", "\u0002person:B", "\u0001queue:demo"};
        List<CompletableFuture<Integer>> futures = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            String label = (keys[i].isEmpty() ? "unkeyed" : keys[i].replaceAll("\\p{Cntrl}", "")) + "#" + i;
            futures.add(writer.submit((c, audit) -> {
                ran.add(label);
                return mark(c, 1);
            }, keys[i]));
        }
        hold.releaseWhenQueued(keys.length);
        for (CompletableFuture<Integer> f : futures) {
            f.get(30, TimeUnit.SECONDS);
        }

        assertThat(ran).containsExactly("queue:demo#3", "queue:demo#7", "person:A#4", "person:B#2", "person:B#6",
                "clinic-1|2021-08-20#1", "unkeyed#0", "unkeyed#5");
        assertThat(writer.commits() - before).as("one commit for the holder, one for all eight jobs").isEqualTo(2);
        assertThat(count()).isEqualTo(keys.length);
    }

    @Test
    void aJobRolledBackByALockConflictRunsAgainAndIsStoredOnce() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        int result = writer.run((c, audit) -> {
            mark(c, 1);
            if (attempts.incrementAndGet() == 1) {
                throw new SQLException("deadlock detected", "40P01");
            }
            return attempts.get();
        }, "\u0001queue:demo");

        assertThat(result).isEqualTo(2);
        assertThat(count()).as("the first attempt's row was rolled back").isEqualTo(1);
    }

    @Test
    void aRefusedJobLeavesTheOthersOfItsBatchCommitted() throws Exception {
        HeldWriter hold = HeldWriter.hold(writer);
        CompletableFuture<Integer> ok = writer.submit((c, audit) -> mark(c, 1), "\u0002person:A");
        CompletableFuture<Integer> refused = writer.submit((c, audit) -> {
            mark(c, 1);
            throw new IllegalStateException("impossible state");
        }, "\u0002person:B");
        hold.releaseWhenQueued(2);

        assertThat(ok.get(30, TimeUnit.SECONDS)).isEqualTo(1);
        assertThatThrownBy(() -> refused.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class);
        assertThat(count()).isEqualTo(1);
    }

    private static int mark(java.sql.Connection c, int n) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO test_marks (n) VALUES (?)")) {
            ps.setInt(1, n);
            return ps.executeUpdate();
        }
    }

    private int count() {
        return Tx.read(db.dataSource(), c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM test_marks");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
