package org.yeyak.server.front;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yeyak.server.front.FrontDoorClient.residentId;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.server.YeyakServer;
import org.yeyak.server.front.FrontDoorClient.Citizen;
import org.yeyak.server.front.FrontDoorClient.Reply;

/** Identity verification over HTTP: the happy path and every refusal API.md lists for it. */
class VerificationHttpTest {
    static final LocalDate BORN = LocalDate.of(1990, 5, 19);
    static final AtomicInteger serials = new AtomicInteger(100);

    @TempDir
    static Path data;
    static YeyakServer server;
    static FrontDoorClient client;

    @BeforeAll
    static void start() {
        server = FrontDoorServer.startDemoCampaignOnly(data, FrontDoorServer.fast());
        client = new FrontDoorClient(server.url());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String newPerson() {
        return residentId(BORN, serials.incrementAndGet());
    }

    @Test
    void providersAreListedWithLightsAndFigures() {
        Reply r = client.get("/api/v1/auth/providers");
        assertThat(r.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        r.body().forEach(p -> {
            ids.add(p.path("id").asText());
            assertThat(p.path("light").asText()).isIn("GREEN", "YELLOW", "RED", "GRAY");
            assertThat(p.has("enabled") && p.has("inFlight") && p.has("p95LatencyMs") && p.has("name")).isTrue();
        });
        assertThat(ids).containsExactly("kakao", "naver", "pass", "mobile", "ipin", "certificate");
    }

    @Test
    void aVerifiedPersonGetsADeviceBoundSessionOfThirtyMinutes() {
        Instant before = server.clock().instant();
        Reply start = client.startVerification("kakao", "홍길동", newPerson(), "device-happy-1");
        assertThat(start.status()).isEqualTo(202);
        assertThat(start.text("status")).isEqualTo("PENDING");
        assertThat(start.body().path("pollAfterMs").asLong()).isPositive();
        assertThat(start.text("verificationId")).isNotBlank();

        JsonNode done = client.awaitVerification(start.text("verificationId"));
        assertThat(done.path("status").asText()).isEqualTo("VERIFIED");
        assertThat(done.path("person").path("birthDate").asText()).isEqualTo("1990-05-19");
        assertThat(done.path("person").path("maskedName").asText()).isEqualTo("홍*동");
        Instant expires = Instant.parse(done.path("expiresAt").asText());
        assertThat(Duration.between(before, expires)).isBetween(Duration.ofMinutes(29), Duration.ofMinutes(31));

        Citizen c = new Citizen(done.path("sessionToken").asText(), "device-happy-1", done);
        assertThat(client.get("/api/v1/auth/session", c.headers()).status()).isEqualTo(200);
        // The poll keeps answering the same session.
        assertThat(client.awaitVerification(start.text("verificationId")).path("sessionToken").asText()).isEqualTo(c.token());
    }

    @Test
    void aSessionTokenFromAnotherDeviceIsDeviceMismatch() {
        Citizen c = client.verify("naver", newPerson(), "device-own-001");
        Reply r = client.get("/api/v1/auth/session", Map.of("Authorization", "Bearer " + c.token(), "X-Device-Id", "device-thief-1"));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("DEVICE_MISMATCH");
        Reply none = client.get("/api/v1/auth/session", Map.of("Authorization", "Bearer " + c.token()));
        assertThat(none.code()).isEqualTo("DEVICE_MISMATCH");
    }

    @Test
    void aForgedOrMissingSessionTokenIsUnauthorized() {
        Citizen c = client.verify("naver", newPerson(), "device-forge-1");
        String[] parts = c.token().split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + (parts[2].charAt(0) == 'A' ? "B" : "A") + parts[2].substring(1);
        Reply forged = client.get("/api/v1/auth/session", Map.of("Authorization", "Bearer " + tampered, "X-Device-Id", c.deviceId()));
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.code()).isEqualTo("INVALID_SESSION");
        Reply none = client.get("/api/v1/auth/session", Map.of("X-Device-Id", c.deviceId()));
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.code()).isEqualTo("SESSION_REQUIRED");
    }

    @Test
    void aSecondVerificationWithinTenMinutesIsRateLimitedWithRetryAfter() {
        String person = newPerson();
        client.verify("pass", person, "device-rate-01");
        Reply again = client.startVerification("pass", "홍길동", person, "device-rate-01");
        assertThat(again.status()).isEqualTo(429);
        assertThat(again.code()).isEqualTo("RATE_LIMITED");
        assertThat(again.headers().get("Content-Type")).startsWith("application/problem+json");
        long retry = Long.parseLong(again.headers().get("Retry-After"));
        assertThat(retry).isBetween(590L, 600L);
    }

    @Test
    void anotherDeviceIsRefusedWhileTheFirstDevicesSessionLives() {
        String person = newPerson();
        client.verify("kakao", person, "device-first-1");
        Reply second = client.startVerification("kakao", "홍길동", person, "device-second");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.code()).isEqualTo("DEVICE_CONFLICT");
    }

    @Test
    void twentyDevicesRacingForOnePersonGiveExactlyOneSession() throws Exception {
        // Slow the provider so that all twenty are pending together and the store must decide.
        client.post("/api/v1/demo/providers/certificate", Map.of("serviceTimeMs", 100_000));
        try {
            String person = newPerson();
            int devices = 20;
            ExecutorService pool = Executors.newFixedThreadPool(devices);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < devices; i++) {
                String device = "race-device-" + i;
                outcomes.add(pool.submit(() -> {
                    go.await();
                    Reply r = client.startVerification("certificate", "홍길동", person, device);
                    if (r.status() != 202) {
                        return r.status() + " " + r.code();
                    }
                    JsonNode done = client.awaitVerification(r.text("verificationId"));
                    return done.path("status").asText() + " " + done.path("code").asText("");
                }));
            }
            go.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> f : outcomes) {
                results.add(f.get().trim());
            }
            pool.shutdown();
            assertThat(results).filteredOn(s -> s.equals("VERIFIED")).hasSize(1);
            assertThat(results).filteredOn(s -> !s.equals("VERIFIED"))
                    .hasSize(devices - 1)
                    .allMatch(s -> s.equals("FAILED DEVICE_CONFLICT") || s.equals("409 DEVICE_CONFLICT"));
            // The race was decided in the store, not only at the door.
            assertThat(results).contains("FAILED DEVICE_CONFLICT");
        } finally {
            client.post("/api/v1/demo/providers/certificate", Map.of("serviceTimeMs", 1200));
        }
    }

    @Test
    void aGrayProviderIsUnavailable() {
        Reply off = client.post("/api/v1/demo/providers/ipin", Map.of("enabled", false));
        assertThat(off.status()).isEqualTo(200);
        assertThat(off.body().path("enabled").asBoolean()).isFalse();
        try {
            JsonNode ipin = find(client.get("/api/v1/auth/providers").body(), "ipin");
            assertThat(ipin.path("light").asText()).isEqualTo("GRAY");
            assertThat(ipin.path("enabled").asBoolean()).isFalse();
            Reply r = client.startVerification("ipin", "홍길동", newPerson(), "device-gray-01");
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.code()).isEqualTo("PROVIDER_UNAVAILABLE");
        } finally {
            client.post("/api/v1/demo/providers/ipin", Map.of("enabled", true));
        }
        assertThat(find(client.get("/api/v1/auth/providers").body(), "ipin").path("light").asText()).isNotEqualTo("GRAY");
    }

    @Test
    void aProviderFailingHardOpensItsCircuitAndTurnsGray() {
        client.post("/api/v1/demo/providers/mobile", Map.of("failureRate", 1.0));
        try {
            for (int i = 0; i < 12; i++) {
                Reply r = client.startVerification("mobile", "홍길동", newPerson(), "device-fail-" + i);
                if (r.status() == 503) {
                    break;
                }
                assertThat(r.status()).isEqualTo(202);
                JsonNode done = client.awaitVerification(r.text("verificationId"));
                assertThat(done.path("status").asText()).isEqualTo("FAILED");
                assertThat(done.path("code").asText()).isEqualTo("PROVIDER_ERROR");
            }
            FrontDoorClient.await(() -> client.get("/api/v1/auth/providers"),
                    r -> find(r.body(), "mobile").path("light").asText().equals("GRAY"), Duration.ofSeconds(5));
            Reply refused = client.startVerification("mobile", "홍길동", newPerson(), "device-fail-x");
            assertThat(refused.code()).isEqualTo("PROVIDER_UNAVAILABLE");
        } finally {
            client.post("/api/v1/demo/providers/mobile", Map.of("failureRate", 0.0));
        }
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        assertField(Map.of("provider", "kakao", "name", "홍길동", "residentId", "900519-1234560",
                "phone", "010-1234-5678", "deviceId", "device-bad-01"), "residentId");
        assertField(Map.of("provider", "kakao", "name", "홍길동", "residentId", "901319-1234563",
                "phone", "010-1234-5678", "deviceId", "device-bad-01"), "residentId");
        assertField(Map.of("provider", "kakao", "name", "", "residentId", newPerson(),
                "phone", "010-1234-5678", "deviceId", "device-bad-01"), "name");
        assertField(Map.of("provider", "kakao", "name", "홍길동", "residentId", newPerson(),
                "phone", "12345", "deviceId", "device-bad-01"), "phone");
        assertField(Map.of("provider", "kakao", "name", "홍길동", "residentId", newPerson(),
                "phone", "010-1234-5678", "deviceId", "short"), "deviceId");
        assertField(Map.of("provider", "kakao", "name", "홍길동", "residentId", newPerson(),
                "phone", "010-1234-5678", "deviceId", "has spaces in it"), "deviceId");
        assertField(Map.of("provider", "yahoo", "name", "홍길동", "residentId", newPerson(),
                "phone", "010-1234-5678", "deviceId", "device-bad-01"), "provider");
        assertField(Map.of("name", "홍길동", "residentId", newPerson(),
                "phone", "010-1234-5678", "deviceId", "device-bad-01"), "provider");
        Reply malformed = client.post("/api/v1/auth/verifications", "{\"provider\":");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo("INVALID_INPUT");
        Reply wrongType = client.post("/api/v1/auth/verifications", "{\"provider\":\"kakao\",\"name\":12}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.text("field")).isEqualTo("name");
    }

    @Test
    void anUnknownVerificationIsNotFound() {
        Reply r = client.get("/api/v1/auth/verifications/nope");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.code()).isEqualTo("NOT_FOUND");
    }

    @Test
    void demoProviderSettingsAreValidatedAndEchoed() {
        Reply ok = client.post("/api/v1/demo/providers/naver", Map.of("capacity", 250, "serviceTimeMs", 800));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body().path("capacity").asInt()).isEqualTo(250);
        assertThat(ok.body().path("serviceTimeMs").asLong()).isEqualTo(800);
        assertThat(ok.body().has("failureRate") && ok.body().has("enabled")).isTrue();
        Reply bad = client.post("/api/v1/demo/providers/naver", Map.of("failureRate", 2));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text("field")).isEqualTo("failureRate");
        assertThat(client.post("/api/v1/demo/providers/nope", Map.of("capacity", 1)).status()).isEqualTo(404);
        client.post("/api/v1/demo/providers/naver", Map.of("capacity", 300, "serviceTimeMs", 700));
    }

    private static void assertField(Map<String, String> body, String field) {
        Reply r = client.post("/api/v1/auth/verifications", body);
        assertThat(r.status()).as("%s → %s", body, r.body()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("INVALID_INPUT");
        assertThat(r.text("field")).isEqualTo(field);
        assertThat(r.body().toString()).doesNotContain(body.getOrDefault("residentId", "@@").substring(7));
    }

    static JsonNode find(JsonNode providers, String id) {
        for (JsonNode p : providers) {
            if (p.path("id").asText().equals(id)) {
                return p;
            }
        }
        throw new AssertionError("no provider " + id + " in " + providers);
    }
}
