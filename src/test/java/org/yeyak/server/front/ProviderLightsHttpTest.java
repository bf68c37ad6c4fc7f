package org.yeyak.server.front;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yeyak.server.front.FrontDoorClient.residentId;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.server.YeyakServer;
import org.yeyak.server.front.FrontDoorClient.Reply;

/**
 * A simulated provider driven past its capacity over HTTP: its light goes GREEN → YELLOW →
 * RED under load and back to GREEN once the load stops, without flapping on the way.
 */
class ProviderLightsHttpTest {
    @TempDir
    static Path data;
    static YeyakServer server;
    static FrontDoorClient client;
    static final AtomicInteger serials = new AtomicInteger();

    @BeforeAll
    static void start() {
        server = FrontDoorServer.startDemoCampaignOnly(data, FrontDoorServer.fast());
        client = new FrontDoorClient(server.url());
        // 10 at once, 400 ms each at the test's time scale, no random failures.
        assertThat(client.post("/api/v1/demo/providers/kakao",
                Map.of("capacity", 10, "serviceTimeMs", 40_000, "failureRate", 0.0)).status()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aProviderPastCapacityTurnsYellowThenRedThenGreenAgainWithoutFlapping() throws Exception {
        List<String> seen = new ArrayList<>();
        AtomicBoolean watching = new AtomicBoolean(true);
        // Watches the light every 25 ms until it has been RED and is GREEN again (or the test gives up).
        Thread watcher = Thread.ofPlatform().start(() -> {
            while (watching.get()) {
                String light = light();
                synchronized (seen) {
                    if (seen.isEmpty() || !seen.getLast().equals(light)) {
                        seen.add(light);
                    }
                    if (seen.contains("RED") && light.equals("GREEN")) {
                        return;
                    }
                }
                try {
                    TimeUnit.MILLISECONDS.sleep(25);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        assertThat(light()).isEqualTo("GREEN");

        try (Load eight = new Load(8)) {
            awaitLight("YELLOW");
            FrontDoorClient.awaitTrue(() -> {
                synchronized (seen) {
                    return seen.contains("YELLOW");
                }
            }, Duration.ofSeconds(5), "the watcher saw YELLOW");
            try (Load thirty = new Load(30)) {
                awaitLight("RED");
            }
        }
        watcher.join(Duration.ofSeconds(20));
        watching.set(false);
        watcher.join();

        List<String> changes;
        synchronized (seen) {
            changes = List.copyOf(seen);
        }
        // Worse only on the way up, better only on the way down: one peak, no back-and-forth.
        int peak = changes.indexOf("RED");
        assertThat(changes.getFirst()).isEqualTo("GREEN");
        assertThat(changes.subList(0, peak + 1)).containsExactly("GREEN", "YELLOW", "RED");
        assertThat(changes.subList(peak, changes.size())).isIn(List.of("RED", "GREEN"), List.of("RED", "YELLOW", "GREEN"));
    }

    static void awaitLight(String colour) {
        FrontDoorClient.await(() -> client.get("/api/v1/auth/providers"), r -> lightOf(r).equals(colour), Duration.ofSeconds(15));
    }

    static String light() {
        return lightOf(client.get("/api/v1/auth/providers"));
    }

    static String lightOf(Reply r) {
        return VerificationHttpTest.find(r.body(), "kakao").path("light").asText();
    }

    /** {@code workers} citizens verifying one after another, each a different person. */
    static final class Load implements AutoCloseable {
        final AtomicBoolean running = new AtomicBoolean(true);
        final ExecutorService pool;

        Load(int workers) {
            pool = Executors.newFixedThreadPool(workers);
            for (int i = 0; i < workers; i++) {
                pool.execute(() -> {
                    while (running.get()) {
                        int serial = serials.incrementAndGet();
                        Reply r = client.startVerification("kakao", "김철수",
                                residentId(LocalDate.of(1985, 3, 14), serial), "load-device-" + serial);
                        if (r.status() == 202) {
                            client.awaitVerification(r.text("verificationId"));
                        }
                    }
                });
            }
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }
}
