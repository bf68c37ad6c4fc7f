package org.yeyak.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.server.audit.AuditLog;
import org.yeyak.server.store.BatchWriter;
import org.yeyak.server.store.Database;
import org.yeyak.server.store.Tx;
import org.yeyak.server.testing.HeldWriter;

/**
 * Verification starts and completions as group-commit jobs, on a real H2 file with real threads:
 * many at once share a commit, and the person's row still lets exactly one device win — the one
 * whose answer came first when both land in one batch.
 */
class VerificationGroupCommitTest {
    static final long RATE_LIMIT_MS = Duration.ofMinutes(10).toMillis();
    static final Instant NOW = Instant.parse("2021-08-09T11:05:00Z");

    @TempDir
    Path data;
    Database db;
    BatchWriter writer;
    VerificationStore store;
    int serial;

    @BeforeEach
    void open() {
        db = Database.open(data, null, null, null);
        writer = new BatchWriter(db.dataSource(), new AuditLog(db.dataSource(), Clock.systemUTC()), 128, 1);
        store = new VerificationStore(db.dataSource(), writer);
    }

    @AfterEach
    void close() {
        writer.close();
        db.close();
    }

    @Test
    void startsFromManyThreadsAtOnceAreAllStoredInOneCommit() throws Exception {
        int people = 40;
        HeldWriter hold = HeldWriter.hold(writer);
        long before = writer.commits();
        List<Future<Optional<VerificationStore.Block>>> starts = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(people)) {
            for (int i = 0; i < people; i++) {
                Verification v = pending("person-" + i, "device-" + i);
                starts.add(threads.submit(() -> store.start(v, RATE_LIMIT_MS)));
            }
            hold.releaseWhenQueued(people);
            for (Future<Optional<VerificationStore.Block>> f : starts) {
                assertThat(f.get(30, TimeUnit.SECONDS)).isEmpty();
            }
        }

        assertThat(count("SELECT COUNT(*) FROM front_verification WHERE status = 'PENDING'")).isEqualTo(people);
        assertThat(count("SELECT COUNT(*) FROM front_person")).isEqualTo(people);
        assertThat(writer.commits() - before).as("the holder's commit and one for all %d starts", people).isEqualTo(2);
    }

    @Test
    void ofTwoDevicesCompletingInOneBatchTheFirstToAnswerWinsAndTheOtherIsDeviceConflict() throws Exception {
        for (boolean aFirst : new boolean[] {true, false}) {
            String person = "person-" + aFirst;
            Verification a = started(pending(person, "device-a"));
            Verification b = started(pending(person, "device-b"));
            HeldWriter hold = HeldWriter.hold(writer);
            Verification first = aFirst ? a : b;
            Verification second = aFirst ? b : a;
            CompletableFuture<Verification> won = complete(first);
            CompletableFuture<Verification> lost = complete(second);
            hold.releaseWhenQueued(2);

            Verification winner = won.get(30, TimeUnit.SECONDS);
            Verification loser = lost.get(30, TimeUnit.SECONDS);
            assertThat(winner.status()).isEqualTo(Verification.Status.VERIFIED);
            assertThat(winner.deviceId()).isEqualTo(first.deviceId());
            assertThat(loser.status()).isEqualTo(Verification.Status.FAILED);
            assertThat(loser.failureCode()).isEqualTo("DEVICE_CONFLICT");
            assertThat(deviceHolding(person)).isEqualTo(first.deviceId());
        }
    }

    @Test
    void devicesCompletingOnRealThreadsAtOnceGiveEachPersonExactlyOneSession() throws Exception {
        int people = 20;
        int devices = 3;
        List<Verification> all = new ArrayList<>();
        for (int p = 0; p < people; p++) {
            for (int d = 0; d < devices; d++) {
                all.add(started(pending("racer-" + p, "device-" + p + "-" + d)));
            }
        }
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Verification>> outcomes = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(all.size())) {
            for (Verification v : all) {
                outcomes.add(threads.submit(() -> {
                    go.await();
                    return complete(v).get(30, TimeUnit.SECONDS);
                }));
            }
            go.countDown();
            List<Verification> done = new ArrayList<>();
            for (Future<Verification> f : outcomes) {
                done.add(f.get(60, TimeUnit.SECONDS));
            }
            Map<String, List<Verification>> verified = done.stream()
                    .filter(v -> v.status() == Verification.Status.VERIFIED)
                    .collect(Collectors.groupingBy(Verification::personKey));
            assertThat(verified).hasSize(people);
            verified.forEach((person, won) -> {
                assertThat(won).as(person).hasSize(1);
                assertThat(deviceHolding(person)).isEqualTo(won.get(0).deviceId());
            });
            assertThat(done).filteredOn(v -> v.status() == Verification.Status.FAILED)
                    .hasSize(people * (devices - 1))
                    .allSatisfy(v -> assertThat(v.failureCode()).isEqualTo("DEVICE_CONFLICT"));
        }
    }

    @Test
    void completingDoesNotWaitForTheCommit() throws Exception {
        Verification v = started(pending("patient", "device-p"));
        HeldWriter hold = HeldWriter.hold(writer);
        CompletableFuture<Verification> outcome = complete(v);
        assertThat(outcome).as("queued behind the held batch, yet the caller is free").isNotDone();
        hold.releaseWhenQueued(1);
        assertThat(outcome.get(30, TimeUnit.SECONDS).status()).isEqualTo(Verification.Status.VERIFIED);
    }

    private Verification pending(String person, String device) {
        return new Verification("v-" + (++serial), person, device, "kakao", Verification.Status.PENDING, null,
                LocalDate.of(1990, 5, 19), "홍*동", null, null, NOW, NOW.plusSeconds(60));
    }

    private Verification started(Verification v) {
        assertThat(store.start(v, RATE_LIMIT_MS)).isEmpty();
        return v;
    }

    private CompletableFuture<Verification> complete(Verification v) {
        return store.complete(v, "s-" + v.id(), NOW, NOW.plus(Duration.ofMinutes(30)), RATE_LIMIT_MS);
    }

    private String deviceHolding(String person) {
        return Tx.read(db.dataSource(), c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT device_id FROM front_person WHERE person_key = ?")) {
                ps.setString(1, person);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    private int count(String sql) {
        return Tx.read(db.dataSource(), c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
