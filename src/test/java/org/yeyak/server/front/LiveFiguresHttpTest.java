package org.yeyak.server.front;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yeyak.server.front.FrontDoorClient.residentId;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.client.Json;
import org.yeyak.server.YeyakServer;
import org.yeyak.server.front.FrontDoorClient.Citizen;
import org.yeyak.server.front.FrontDoorClient.Reply;

/** The live figures: one JSON snapshot, the same as a stream of one event a second, and Prometheus text. */
class LiveFiguresHttpTest {
    @TempDir
    static Path data;
    static YeyakServer server;
    static FrontDoorClient client;

    @BeforeAll
    static void start() {
        server = FrontDoorServer.startDemoCampaignOnly(data, FrontDoorServer.fast());
        client = new FrontDoorClient(server.url());
        server.clock().moveTo(OffsetDateTime.parse("2021-08-09T20:15:00+09:00").toInstant());
        Citizen c = client.verify("pass", residentId(LocalDate.of(1991, 1, 9), 7), "figures-device-1");
        assertThat(client.post("/api/v1/queue/tickets", "", c.headers()).status()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theSnapshotShowsProvidersQueueAndBookings() {
        Reply r = FrontDoorClient.await(() -> client.get("/api/v1/metrics/live"),
                x -> x.status() == 200 && x.body().path("queue").has("servingPosition"), Duration.ofSeconds(10));
        JsonNode live = r.body();
        assertThat(live.path("providers")).hasSize(6);
        JsonNode pass = null;
        for (JsonNode p : live.path("providers")) {
            assertThat(p.path("light").asText()).isIn("GREEN", "YELLOW", "RED", "GRAY");
            assertThat(p.has("inFlight") && p.has("p50LatencyMs") && p.has("p95LatencyMs") && p.has("p99LatencyMs")
                    && p.has("throughputPerSecond") && p.has("errorRate")).isTrue();
            if (p.path("id").asText().equals("pass")) {
                pass = p;
            }
        }
        assertThat(pass).isNotNull();
        assertThat(pass.path("enabled").asBoolean()).isTrue();
        JsonNode q = live.path("queue");
        assertThat(q.path("campaignId").asText()).isEqualTo("demo-18-49");
        assertThat(q.path("lastIssued").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(q.has("length") && q.has("admissionRatePerSecond") && q.has("estimatedMaxWaitSeconds")).isTrue();
        assertThat(live.path("bookings").has("total") && live.path("bookings").has("perSecond")).isTrue();
        assertThat(live.has("regions")).isTrue();
    }

    @Test
    void theStreamSendsAReadingEverySecond() throws Exception {
        Request req = new Request.Builder().url(server.url() + "/api/v1/metrics/stream")
                .header("Accept", "text/event-stream").build();
        List<JsonNode> events = new ArrayList<>();
        long started = System.nanoTime();
        try (Response r = client.http.newBuilder().readTimeout(Duration.ofSeconds(10)).build().newCall(req).execute()) {
            assertThat(r.code()).isEqualTo(200);
            assertThat(r.header("Content-Type")).startsWith("text/event-stream");
            BufferedReader in = new BufferedReader(new InputStreamReader(r.body().byteStream(), StandardCharsets.UTF_8));
            String line;
            String event = null;
            while (events.size() < 3 && (line = in.readLine()) != null) {
                if (line.startsWith("event:")) {
                    event = line.substring(6).trim();
                } else if (line.startsWith("data:") && "live".equals(event)) {
                    events.add(Json.mapper().readTree(line.substring(5).trim()));
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(events).hasSize(3);
        assertThat(events).allMatch(e -> e.path("providers").size() == 6);
        // The first comes at once, then one a second.
        assertThat(seconds).isBetween(0.8, 8.0);
        Instant second = Instant.parse(events.get(1).path("at").asText());
        Instant third = Instant.parse(events.get(2).path("at").asText());
        assertThat(Duration.between(second, third).toMillis()).isBetween(500L, 2500L);
    }

    @Test
    void prometheusTextHasProviderQueueAndBookingGauges() {
        FrontDoorClient.awaitTrue(() -> scrape().contains("yeyak_queue_length{campaign=\"demo-18-49\"}"),
                Duration.ofSeconds(10), "queue gauges registered");
        String text = scrape();
        assertThat(text).contains("yeyak_provider_in_flight{provider=\"kakao\"}")
                .contains("yeyak_provider_latency_p95_seconds{provider=\"mobile\"}")
                .contains("yeyak_provider_light{provider=\"ipin\"}")
                .contains("yeyak_queue_serving{campaign=\"demo-18-49\"}")
                .contains("yeyak_bookings_standing")
                .contains("jvm_memory_used_bytes");
    }

    static String scrape() {
        Request req = new Request.Builder().url(server.url() + "/metrics").build();
        try (Response r = client.http.newCall(req).execute()) {
            assertThat(r.code()).isEqualTo(200);
            assertThat(r.header("Content-Type")).startsWith("text/plain");
            return r.body().string();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
