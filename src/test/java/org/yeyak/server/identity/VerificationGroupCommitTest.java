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
 * Verification outcomes as group-commit jobs, on a real H2 file with real threads: many
 * completions at once share a commit, and the person's row still lets exactly one device win —
 * the one whose answer came first when both land in one batch. A start writes nothing.
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
    void completionsFromManyThreadsAtOnceAreAllStoredInOneCommit() throws Exception {
        int people = 40;
        HeldWriter hold = HeldWriter.hold(writer);
        long before = writer.commits();
        List<CompletableFuture<Verification.Outcome>> outcomes = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(people)) {
            List<Future<CompletableFuture<Verification.Outcome>>> submitted = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                Verification v = pending("person-" + i, "device-" + i);
                submitted.add(threads.submit(() -> complete(v)));
            }
            for (Future<CompletableFuture<Verification.Outcome>> f : submitted) {
                outcomes.add(f.get(30, TimeUnit.SECONDS));
            }
            hold.releaseWhenQueued(people);
            for (CompletableFuture<Verification.Outcome> o : outcomes) {
                assertThat(o.get(30, TimeUnit.SECONDS).status()).isEqualTo(Verification.Status.VERIFIED);
            }
        }

        assertThat(count("SELECT COUNT(*) FROM front_person WHERE verification_id IS NOT NULL")).isEqualTo(people);
        assertThat(writer.commits() - before).as("the holder's commit and one for all %d completions", people)
                .isEqualTo(2);
    }

    @Test
    void startingAVerificationWritesNothing() {
        Verification v = pending("quiet", "device-q");
        assertThat(store.check(v.personKey(), v.deviceId(), NOW.toEpochMilli(), RATE_LIMIT_MS)).isEmpty();
        assertThat(store.outcome(v)).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM front_person")).isZero();
    }

    @Test
    void aTimeoutRecordedFirstStandsAgainstALateProviderAnswerAndTheOtherWayRound() throws Exception {
        Verification late = pending("late", "device-l");
        assertThat(store.fail(late, "PROVIDER_TIMEOUT", NOW).get(30, TimeUnit.SECONDS).failureCode())
                .isEqualTo("PROVIDER_TIMEOUT");
        Verification.Outcome answered = complete(late).get(30, TimeUnit.SECONDS);
        assertThat(answered.status()).isEqualTo(Verification.Status.FAILED);
        assertThat(answered.failureCode()).isEqualTo("PROVIDER_TIMEOUT");
        assertThat(deviceHolding("late")).as("the late answer gave no session").isNull();

        Verification quick = pending("quick", "device-k");
        assertThat(complete(quick).get(30, TimeUnit.SECONDS).status()).isEqualTo(Verification.Status.VERIFIED);
        Verification.Outcome afterDeadline = store.fail(quick, "PROVIDER_TIMEOUT", NOW).get(30, TimeUnit.SECONDS);
        assertThat(afterDeadline.status()).isEqualTo(Verification.Status.VERIFIED);
        assertThat(store.outcome(quick)).get().extracting(Verification.Outcome::status)
                .isEqualTo(Verification.Status.VERIFIED);
        assertThat(count("SELECT COUNT(*) FROM front_verification_failure WHERE verification_id = '" + quick.id() + "'"))
                .isZero();
    }

    @Test
    void anotherNodeReadsTheOutcomeFromTheStore() throws Exception {
        Verification v = pending("roaming", "device-r");
        complete(v).get(30, TimeUnit.SECONDS);
        VerificationStore otherNode = new VerificationStore(db.dataSource(), writer);
        Verification.Outcome seen = otherNode.outcome(v).orElseThrow();
        assertThat(seen.status()).isEqualTo(Verification.Status.VERIFIED);
        assertThat(seen.sessionId()).isEqualTo("s-" + v.id());
        assertThat(otherNode.outcome(pending("roaming", "device-r"))).as("a later verification of the same person")
                .isEmpty();
    }

    @Test
    void ofTwoDevicesCompletingInOneBatchTheFirstToAnswerWinsAndTheOtherIsDeviceConflict() throws Exception {
        for (boolean aFirst : new boolean[] {true, false}) {
            String person = "person-" + aFirst;
            Verification a = pending(person, "device-a");
            Verification b = pending(person, "device-b");
            HeldWriter hold = HeldWriter.hold(writer);
            Verification first = aFirst ? a : b;
            Verification second = aFirst ? b : a;
            CompletableFuture<Verification.Outcome> won = complete(first);
            CompletableFuture<Verification.Outcome> lost = complete(second);
            hold.releaseWhenQueued(2);

            Verification.Outcome winner = won.get(30, TimeUnit.SECONDS);
            Verification.Outcome loser = lost.get(30, TimeUnit.SECONDS);
            assertThat(winner.status()).isEqualTo(Verification.Status.VERIFIED);
            assertThat(winner.sessionId()).isEqualTo("s-" + first.id());
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
                all.add(pending("racer-" + p, "device-" + p + "-" + d));
            }
        }
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Verification.Outcome>> outcomes = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(all.size())) {
            for (Verification v : all) {
                outcomes.add(threads.submit(() -> {
                    go.await();
                    return complete(v).get(30, TimeUnit.SECONDS);
                }));
            }
            go.countDown();
            Map<Verification, Verification.Outcome> done = new java.util.LinkedHashMap<>();
            for (int i = 0; i < all.size(); i++) {
                done.put(all.get(i), outcomes.get(i).get(60, TimeUnit.SECONDS));
            }
            Map<String, List<Verification>> verified = done.entrySet().stream()
                    .filter(e -> e.getValue().status() == Verification.Status.VERIFIED)
                    .map(Map.Entry::getKey)
                    .collect(Collectors.groupingBy(Verification::personKey));
            assertThat(verified).hasSize(people);
            verified.forEach((person, won) -> {
                assertThat(won).as(person).hasSize(1);
                assertThat(deviceHolding(person)).isEqualTo(won.get(0).deviceId());
            });
            assertThat(done.values()).filteredOn(v -> v.status() == Verification.Status.FAILED)
                    .hasSize(people * (devices - 1))
                    .allSatisfy(v -> assertThat(v.failureCode()).isEqualTo("DEVICE_CONFLICT"));
        }
    }

    @Test
    void completingDoesNotWaitForTheCommit() throws Exception {
        Verification v = pending("patient", "device-p");
        HeldWriter hold = HeldWriter.hold(writer);
        CompletableFuture<Verification.Outcome> outcome = complete(v);
        assertThat(outcome).as("queued behind the held batch, yet the caller is free").isNotDone();
        hold.releaseWhenQueued(1);
        assertThat(outcome.get(30, TimeUnit.SECONDS).status()).isEqualTo(Verification.Status.VERIFIED);
    }

    private Verification pending(String person, String device) {
        return new Verification("v-" + (++serial), person, device, "kakao", LocalDate.of(1990, 5, 19), "홍*동", NOW,
                NOW.plusSeconds(60));
    }

    private CompletableFuture<Verification.Outcome> complete(Verification v) {
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
