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
import java.util.concurrent.CountDownLatch;
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
 * last; equal keys first come first served), a job rolled back by a lock conflict runs again, and
 * a batch whose whole transaction H2 rolls back for a deadlock runs again whole.
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

    @Test
    void aBatchThatH2RollsBackWholeForADeadlockRunsAgainWhole() throws Exception {
        Tx.run(db.dataSource(), c -> {
            try (PreparedStatement ps = c.prepareStatement("CREATE TABLE test_rows (id INT PRIMARY KEY, v INT NOT NULL)")) {
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO test_rows VALUES (1, 0), (2, 0)")) {
                ps.executeUpdate();
            }
            return null;
        });
        CountDownLatch rowTwoTaken = new CountDownLatch(1);
        CountDownLatch rowOneTaken = new CountDownLatch(1);
        // Another transaction takes row 2, then (once the writer holds row 1) asks for row 1.
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> Tx.run(db.dataSource(), c -> {
            touch(c, 2);
            rowTwoTaken.countDown();
            await(rowOneTaken);
            touch(c, 1);
            return null;
        }));
        await(rowTwoTaken);

        HeldWriter hold = HeldWriter.hold(writer);
        AtomicInteger attempts = new AtomicInteger();
        CompletableFuture<Integer> bystander = writer.submit((c, audit) -> mark(c, 1), "\u0001a");
        CompletableFuture<Integer> loser = writer.submit((c, audit) -> {
            int attempt = attempts.incrementAndGet();
            touch(c, 1);
            if (attempt == 1) {
                rowOneTaken.countDown();
                awaitABlockedSession();
            }
            touch(c, 2);   // closes the cycle: H2 rolls back this whole transaction
            return attempt;
        }, "\u0002b");
        hold.releaseWhenQueued(2);

        assertThat(loser.get(30, TimeUnit.SECONDS)).as("the deadlock's loser ran twice").isEqualTo(2);
        assertThat(bystander.get(30, TimeUnit.SECONDS)).isEqualTo(1);
        other.get(30, TimeUnit.SECONDS);
        assertThat(count()).as("the bystander's row, lost with the first transaction, stored once").isEqualTo(1);
        int touches = Tx.read(db.dataSource(), c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT SUM(v) FROM test_rows");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(touches).as("two touches by the other transaction, two by the loser's second run").isEqualTo(4);
    }

    private static void touch(java.sql.Connection c, int id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE test_rows SET v = v + 1 WHERE id = ?")) {
            ps.setInt(1, id);
            ps.executeUpdate();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits (deadline 30 s) until H2 reports a session waiting for another's lock. */
    private void awaitABlockedSession() {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (Tx.read(db.dataSource(), c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }) == 0) {
            assertThat(System.nanoTime()).as("a blocked session within 30 s").isLessThan(end);
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        }
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
