package org.yeyak.server.front;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yeyak.server.front.FrontDoorClient.residentId;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.server.ServerConfig;
import org.yeyak.server.YeyakServer;
import org.yeyak.server.campaign.CampaignStore;
import org.yeyak.server.demo.DemoCampaign;
import org.yeyak.server.front.FrontDoorClient.Citizen;
import org.yeyak.server.front.FrontDoorClient.Reply;
import org.yeyak.server.store.Database;
import org.yeyak.server.store.TestPostgres;

/**
 * Two server nodes on one PostgreSQL (sharing the data folder's keys, as a cluster shares them):
 * first device wins across nodes, one queue, and an official's switch reaches both.
 */
class TwoNodesOnPostgresHttpTest {
    static final LocalDate NINE = LocalDate.of(1986, 8, 19);

    @TempDir
    static Path data;
    static YeyakServer a;
    static YeyakServer b;
    static FrontDoorClient onA;
    static FrontDoorClient onB;

    @BeforeAll
    static void start() {
        String url = TestPostgres.get().newDatabaseUrl();
        try (Database db = Database.open(data, url, "postgres", "")) {
            new CampaignStore(db.dataSource(), Clock.systemUTC()).save(DemoCampaign.campaign());
        }
        Map<String, String> p = FrontDoorServer.fast();
        p.forEach(System::setProperty);
        try {
            a = YeyakServer.start(new ServerConfig("127.0.0.1", 0, data, url, "postgres", "", true, null));
            b = YeyakServer.start(new ServerConfig("127.0.0.1", 0, data, url, "postgres", "", true, null));
        } finally {
            p.keySet().forEach(System::clearProperty);
        }
        FrontDoorServer.reliableProviders(a);
        FrontDoorServer.reliableProviders(b);
        onA = new FrontDoorClient(a.url());
        onB = new FrontDoorClient(b.url());
    }

    @AfterAll
    static void stop() {
        b.close();
        a.close();
    }

    @Test
    void twentyDevicesRacingOnTwoNodesGiveExactlyOneSession() throws Exception {
        onA.post("/api/v1/demo/providers/certificate", Map.of("serviceTimeMs", 100_000));
        onB.post("/api/v1/demo/providers/certificate", Map.of("serviceTimeMs", 100_000));
        String person = residentId(NINE, 1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            FrontDoorClient node = i % 2 == 0 ? onA : onB;
            String device = "pg-race-device-" + i;
            outcomes.add(pool.submit(() -> {
                go.await();
                Reply r = node.startVerification("certificate", "홍길동", person, device);
                if (r.status() != 202) {
                    return r.status() + " " + r.code();
                }
                // Poll on the other node: the store answers, not the node that asked the provider.
                FrontDoorClient other = node == onA ? onB : onA;
                JsonNode done = other.awaitVerification(r.text("verificationId"));
                return (done.path("status").asText() + " " + done.path("code").asText("")).trim();
            }));
        }
        go.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> f : outcomes) {
            results.add(f.get());
        }
        pool.shutdown();
        assertThat(results).filteredOn("VERIFIED"::equals).hasSize(1);
        assertThat(results).filteredOn(s -> !s.equals("VERIFIED"))
                .allMatch(s -> s.equals("FAILED DEVICE_CONFLICT") || s.equals("409 DEVICE_CONFLICT"));
        assertThat(results).contains("FAILED DEVICE_CONFLICT");
    }

    @Test
    void bothNodesShareOneQueue() {
        Set<Long> positions = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            FrontDoorClient node = i % 2 == 0 ? onA : onB;
            FrontDoorClient other = node == onA ? onB : onA;
            Citizen c = node.verify("kakao", residentId(NINE, 100 + i), "pg-queue-device-" + i);
            Reply t = node.post("/api/v1/queue/tickets", "", c.headers());
            assertThat(t.status()).isEqualTo(201);
            positions.add(t.body().path("position").asLong());
            // The other node knows the ticket and gives the same answer to asking again.
            Reply again = other.post("/api/v1/queue/tickets", "", c.headers());
            assertThat(again.text("ticketId")).isEqualTo(t.text("ticketId"));
            FrontDoorClient.await(() -> other.get("/api/v1/queue/tickets/" + t.text("ticketId"), c.headers()),
                    r -> "ADMITTED".equals(r.text("status")), Duration.ofSeconds(10));
        }
        assertThat(positions).hasSize(10);
    }

    @Test
    void anOfficialsSwitchOnOneNodeReachesTheOther() {
        assertThat(onA.post("/api/v1/demo/providers/naver", Map.of("enabled", false)).status()).isEqualTo(200);
        try {
            FrontDoorClient.await(() -> onB.get("/api/v1/auth/providers"),
                    r -> VerificationHttpTest.find(r.body(), "naver").path("light").asText().equals("GRAY"),
                    Duration.ofSeconds(5));
            Reply refused = onB.startVerification("naver", "홍길동", residentId(NINE, 999), "pg-gray-device");
            assertThat(refused.code()).isEqualTo("PROVIDER_UNAVAILABLE");
        } finally {
            onA.post("/api/v1/demo/providers/naver", Map.of("enabled", true));
        }
    }
}
