package org.yeyak.server.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yeyak.server.store.StoreKind;
import org.yeyak.server.testing.Api;
import org.yeyak.server.testing.Fixture;
import org.yeyak.server.testing.Residents;
import org.yeyak.server.testing.ServerProcess;

/**
 * A {@code 201} is durable: a server process booking under load is killed with SIGKILL, restarted
 * on the same data folder (or database), and every booking it had answered {@code 201} is there —
 * every {@code 201}: also those of idempotent replays (every fourth client sends each request twice
 * at once, like a double click, then once more), and those made just after a demo-clock move (a
 * mover keeps moving the clock within the digit-9 window). A longer, repeated version of this:
 * {@code org.yeyak.bench.CrashTrials}.
 */
class CrashTest {
    static final int CLIENTS = 16;
    static final int ANSWERED_BEFORE_KILL = 300;

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void everyBookingAnswered201SurvivesAKillDashNine(StoreKind kind, @TempDir Path data) throws Exception {
        String url = kind.freshUrl();
        Fixture.seed(data, url, 2_000);
        String[] args = url == null
                ? new String[] {"--demo", "--port", "0", "--data", data.toString()}
                : new String[] {"--demo", "--port", "0", "--data", data.toString(), "--db-url", url,
                        "--db-user", "postgres", "--db-password", ""};

        Map<String, String> confirmed = new ConcurrentHashMap<>(); // resident -> bookingId
        AtomicInteger serial = new AtomicInteger();
        List<String> twoAnswers = new java.util.concurrent.CopyOnWriteArrayList<>(); // one key, two bookings
        ServerProcess server = ServerProcess.start(args);
        Api api = new Api(server.url());
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch enough = new CountDownLatch(ANSWERED_BEFORE_KILL);
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(Thread.ofPlatform().start(() -> {
                while (!stop.get()) {
                    int n = serial.incrementAndGet();
                    String me = Residents.digitNine(n);
                    String clinic = Fixture.CLINICS.get(n % Fixture.CLINICS.size());
                    String date = n % 2 == 0 ? "2021-08-26" : "2021-08-27";
                    try {
                        List<Api.Reply> replies = new ArrayList<>();
                        if (n % 4 == 0) {
                            var twin = java.util.concurrent.CompletableFuture.supplyAsync(
                                    () -> api.book(me, clinic, date, "k" + n, "a" + n), Thread::startVirtualThread);
                            replies.add(api.book(me, clinic, date, "k" + n, "a" + n));
                            replies.add(twin.join());
                        }
                        replies.add(api.book(me, clinic, date, "k" + n, "a" + n));
                        for (Api.Reply r : replies) {
                            if (r.status() == 201) {
                                String id = r.json().get("bookingId").asText();
                                String earlier = confirmed.putIfAbsent(me, id);
                                if (earlier == null) {
                                    enough.countDown();
                                } else if (!earlier.equals(id)) {
                                    twoAnswers.add(me);
                                }
                            }
                        }
                    } catch (RuntimeException e) {
                        return; // the server is gone
                    }
                }
            }));
        }
        clients.add(Thread.ofPlatform().start(() -> {
            // 20:00:00 .. 20:59:59 on the first booking day, Seoul: the digit-9 window stays open.
            for (int s = 0; !stop.get(); s = (s + 397) % 3600) {
                try {
                    api.post("/api/v1/demo/clock", "{\"at\":\"2021-08-09T20:" + String.format("%02d:%02d", s / 60, s % 60)
                            + "+09:00\"}", Map.of());
                    Thread.sleep(20);
                } catch (RuntimeException | InterruptedException e) {
                    return; // the server is gone
                }
            }
        }));
        assertThat(enough.await(120, java.util.concurrent.TimeUnit.SECONDS)).as("bookings before the kill").isTrue();
        server.kill(); // while the clients are still booking
        stop.set(true);
        for (Thread t : clients) {
            t.join(60_000);
        }
        Map<String, String> answered = Map.copyOf(confirmed);
        assertThat(twoAnswers).as("residents answered two different bookings for one key").isEmpty();
        assertThat(answered.size()).isGreaterThanOrEqualTo(ANSWERED_BEFORE_KILL);

        try (ServerProcess restarted = ServerProcess.start(args)) {
            Api again = new Api(restarted.url());
            for (var e : answered.entrySet()) {
                Api.Reply mine = again.get("/api/v1/bookings/me", Api.citizen(e.getKey()));
                assertThat(mine.status()).isEqualTo(200);
                assertThat(mine.json().findValuesAsText("bookingId")).as("booking of " + e.getKey()).contains(e.getValue());
            }
        }
    }
}
