package org.yeyak.server.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.client.Json;
import org.yeyak.server.YeyakServer;
import org.yeyak.server.front.FrontDoorClient;
import org.yeyak.server.front.FrontDoorClient.Citizen;
import org.yeyak.server.front.FrontDoorClient.Reply;
import org.yeyak.server.front.FrontDoorServer;

/**
 * Black-box checks of API.md over HTTP only, on a full {@code --demo} server moved along its demo
 * clock: the statements no other test covers (found by the contract audit), each as an outside
 * client would check it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiContractTest {
    private static final String LIVE_STREAM = "/api/v1/metrics/stream";
    @TempDir
    static Path data;
    static YeyakServer server;
    static FrontDoorClient api;
    static int serial = 40_000;

    @BeforeAll
    static void start() {
        server = FrontDoorServer.start(data, true, FrontDoorServer.fast());
        api = new FrontDoorClient(server.url());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    @Order(0)
    void theDemoClockStartsAtTheFirstOpeningWhenTheServerIsReady() {
        // The demo data set took seconds to load before the server listened; the clock still starts at 20:00.
        OffsetDateTime now = OffsetDateTime.parse(api.get("/api/v1/demo/clock").text("now"));
        assertThat(now.toInstant()).isBetween(Instant.parse("2021-08-09T11:00:00Z"), Instant.parse("2021-08-09T11:00:10Z"));
    }

    @Test
    @Order(1)
    void liveFiguresShowTheQueueFiguresEvenBeforeAnyoneQueued() {
        // Runs first: nobody has queued on this fresh demo server yet.
        JsonNode live = api.get("/api/v1/metrics/live").body();
        JsonNode queue = live.get("queue");
        assertThat(queue).as("queue in %s", live).isNotNull();
        assertThat(queue.get("campaignId").asText()).isEqualTo("demo-18-49");
        for (String f : new String[] {"length", "servingPosition", "admissionRatePerSecond", "estimatedWaitSeconds"}) {
            assertThat(queue.get(f)).as(f).isNotNull();
            assertThat(queue.get(f).isNumber()).as(f).isTrue();
        }
        assertThat(live.get("bookings").get("total").isNumber()).isTrue();
        assertThat(live.get("bookings").get("perSecond").isNumber()).isTrue();
        assertThat(live.get("regions")).hasSize(17);
        assertThat(live.get("regions").get(0).get("fill").isNumber()).isTrue();
        JsonNode kakao = live.get("providers").get(0);
        for (String f : new String[] {"light", "inFlight", "p50LatencyMs", "p95LatencyMs", "p99LatencyMs",
                "throughputPerSecond"}) {
            assertThat(kakao.get(f)).as(f).isNotNull();
        }
    }

    @Test
    void liveStreamSendsServerSentEventsToAClientThatSendsNoAcceptHeader() throws Exception {
        OkHttpClient http = new OkHttpClient.Builder().readTimeout(10, TimeUnit.SECONDS).build();
        Request plain = new Request.Builder().url(server.url() + LIVE_STREAM).get().build();
        try (Response r = http.newCall(plain).execute()) {
            assertThat(r.code()).isEqualTo(200);
            assertThat(r.header("Content-Type")).startsWith("text/event-stream");
            BufferedReader in = new BufferedReader(new InputStreamReader(r.body().byteStream(), StandardCharsets.UTF_8));
            int events = 0;
            String event = null;
            for (String line = in.readLine(); line != null && events < 2; line = in.readLine()) {
                if (line.startsWith("event:")) {
                    event = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    JsonNode snapshot = Json.mapper().readTree(line.substring(5).strip());
                    assertThat(event).isEqualTo("live");
                    assertThat(snapshot.get("providers")).hasSize(6);
                    assertThat(snapshot.get("bookings")).isNotNull();
                    events++;
                }
            }
            assertThat(events).as("two events, one a second").isEqualTo(2);
        }
    }

    @Test
    void aNumberWhereTextIsExpectedIsAWrongTypeNamingTheField() {
        Reply r = api.post("/api/v1/auth/verifications", "{\"provider\":\"kakao\",\"name\":\"홍길동\",\"residentId\":\""
                + FrontDoorClient.residentId(LocalDate.of(1990, 5, 19), next()) + "\",\"phone\":\"010-1234-5678\","
                + "\"deviceId\":12345678}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("INVALID_INPUT");
        assertThat(r.text("field")).isEqualTo("deviceId");

        Citizen c = verifiedOnTheirDay();
        Reply ticket = api.post("/api/v1/queue/tickets", "{\"campaignId\":5}", c.headers());
        assertThat(ticket.status()).isEqualTo(400);
        assertThat(ticket.text("field")).isEqualTo("campaignId");
        Reply flag = api.post("/api/v1/demo/providers/naver", "{\"enabled\":1}");
        assertThat(flag.status()).isEqualTo(400);
        assertThat(flag.text("field")).isEqualTo("enabled");
    }

    @Test
    void aBodyOfExactly64KiBIsReadAndOneByteMoreIsRefused() {
        String head = "{\"at\":\"2021-08-09T20:00:00+09:00\",\"pad\":\"";
        String tail = "\"}";
        String exact = head + "x".repeat(64 * 1024 - head.length() - tail.length()) + tail;
        assertThat(exact.getBytes(StandardCharsets.UTF_8)).hasSize(65_536);
        assertThat(api.post("/api/v1/demo/clock", exact).status()).isEqualTo(200);
        Reply over = api.post("/api/v1/demo/clock", head + "x" + exact.substring(head.length()));
        assertThat(over.status()).isEqualTo(400);
        assertThat(over.code()).isEqualTo("INVALID_INPUT");
        assertThat(over.headers().get("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void unknownRoutesAndMethodsAreNotFoundProblems() {
        for (Reply r : new Reply[] {api.get("/api/v1/nothing-here"), api.get("/nothing"),
                api.delete("/api/v1/auth/providers", Map.of()), api.post("/health", "{}")}) {
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.code()).isEqualTo("NOT_FOUND");
            assertThat(r.headers().get("Content-Type")).startsWith("application/problem+json");
            assertThat(r.body().get("title").asText()).isNotBlank();
            assertThat(r.body().get("detail").asText()).isNotBlank();
        }
    }

    @Test
    void aUrlWithABrokenEscapeIsAnInvalidInputProblemNotAnHtmlPage() throws Exception {
        java.net.URI base = java.net.URI.create(server.url());
        try (java.net.Socket s = new java.net.Socket(base.getHost(), base.getPort())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(("GET /api/v1/bookings/%ZZ HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400");
            assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json");
            JsonNode p = Json.mapper().readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
            assertThat(p.get("status").asInt()).isEqualTo(400);
            assertThat(p.get("code").asText()).isEqualTo("INVALID_INPUT");
            assertThat(p.get("title").asText()).isNotBlank();
            assertThat(p.get("detail").asText()).isNotBlank();
        }
    }

    @Test
    void aDemoProviderChangeAnswersTheProvidersNewSettings() {
        Reply r = api.post("/api/v1/demo/providers/certificate",
                Map.of("serviceTimeMs", 900, "capacity", 120, "failureRate", 0.0, "enabled", true));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("id").asText()).isEqualTo("certificate");
        assertThat(r.body().get("serviceTimeMs").asInt()).isEqualTo(900);
        assertThat(r.body().get("capacity").asInt()).isEqualTo(120);
        assertThat(r.body().get("failureRate").asDouble()).isEqualTo(0.0);
        assertThat(r.body().get("enabled").asBoolean()).isTrue();
    }

    @Test
    void anIdempotentReplayIsRecognisedOnlyInTheSameSession() {
        String resident = FrontDoorClient.residentId(LocalDate.of(1990, 5, 19), next());
        Citizen first = verifiedOnTheirDay(resident);
        Map<String, String> admitted = admitted(first);
        String clinic = firstClinic(admitted);
        Map<String, String> booking = with(admitted, "Idempotency-Key", "same-key-1");
        Map<String, Object> body = Map.of("clinicId", clinic, "date", "2021-08-26");
        Reply booked = api.post("/api/v1/bookings", body, booking);
        assertThat(booked.status()).as("%s", booked.body()).isEqualTo(201);

        Map<String, String> sameSessionNoToken = with(first.headers(), "Idempotency-Key", "same-key-1");
        Reply replay = api.post("/api/v1/bookings", body, sameSessionNoToken);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.body()).isEqualTo(booked.body());
        Reply otherBody = api.post("/api/v1/bookings", Map.of("clinicId", clinic, "date", "2021-08-27"),
                sameSessionNoToken);
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(otherBody.code()).isEqualTo("IDEMPOTENCY_MISMATCH");

        // The same person, a new session (after the 10-minute verification limit): a new request.
        moveClock("2021-08-09T20:11:00+09:00");
        Citizen again = api.verify("kakao", resident, first.deviceId());
        Reply newSession = api.post("/api/v1/bookings", body, with(again.headers(), "Idempotency-Key", "same-key-1"));
        assertThat(newSession.status()).isEqualTo(401);
        assertThat(newSession.code()).isEqualTo("ADMISSION_REQUIRED");
    }

    @Test
    void cancellingAnswers204WithNoBodyAndTheDoseGoesBackToStock() {
        Citizen c = verifiedOnTheirDay();
        Map<String, String> admitted = admitted(c);
        String clinic = firstClinic(admitted);
        int before = available(admitted, clinic);
        Reply booked = api.post("/api/v1/bookings", Map.of("clinicId", clinic, "date", "2021-08-26"),
                with(admitted, "Idempotency-Key", "cancel-" + next()));
        assertThat(booked.status()).isEqualTo(201);
        String id = booked.text("bookingId");

        Reply cancelled = api.delete("/api/v1/bookings/" + id, c.headers());
        assertThat(cancelled.status()).isEqualTo(204);
        assertThat(cancelled.body().isNull() || cancelled.body().isMissingNode()).isTrue();
        Reply mine = api.get("/api/v1/bookings/me", c.headers());
        assertThat(mine.body().get(0).get("status").asText()).isEqualTo("CANCELLED");

        Map<String, String> admittedAgain = admitted(c);
        assertThat(available(admittedAgain, clinic)).isEqualTo(before);
    }

    @Test
    void everyTimeInAnAnswerIsIso8601WithTheOffsetAsApiMdShowsIt() {
        Citizen c = verifiedOnTheirDay();
        Map<String, String> admitted = admitted(c);
        Reply session = api.get("/api/v1/auth/session", c.headers());
        String ticketId = api.post("/api/v1/queue/tickets", "{}", c.headers()).text("ticketId");
        Reply ticket = api.get("/api/v1/queue/tickets/" + ticketId, c.headers());
        String[] times = {c.verification().get("expiresAt").asText(), session.text("expiresAt"),
                ticket.text("admissionExpiresAt"), api.get("/api/v1/metrics/live").text("at")};
        for (String t : times) {
            assertThat(t).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,3})?\\+09:00");
            assertThat(OffsetDateTime.parse(t).toInstant()).isAfter(Instant.parse("2021-08-09T10:59:00Z"));
        }
        assertThat(admitted).containsKey("X-Admission-Token");
    }

    // --- helpers ---

    private static synchronized int next() {
        return serial++;
    }

    /** A person born on the 19th (digit 9), verified at the opening of their day, 2021-08-09 20:00. */
    private static Citizen verifiedOnTheirDay() {
        return verifiedOnTheirDay(FrontDoorClient.residentId(LocalDate.of(1990, 5, 19), next()));
    }

    private static Citizen verifiedOnTheirDay(String resident) {
        moveClock("2021-08-09T20:00:00+09:00");
        return api.verify("kakao", resident, "dev-" + next() + "-contract");
    }

    private static void moveClock(String at) {
        assertThat(api.post("/api/v1/demo/clock", Map.of("at", at)).status()).isEqualTo(200);
    }

    /** Takes a ticket and waits for admission: the session headers plus the admission token. */
    private static Map<String, String> admitted(Citizen c) {
        Reply t = api.post("/api/v1/queue/tickets", "{}", c.headers());
        assertThat(t.status()).as("%s", t.body()).isEqualTo(201);
        String ticket = t.text("ticketId");
        Reply done = FrontDoorClient.await(() -> api.get("/api/v1/queue/tickets/" + ticket, c.headers()),
                r -> "ADMITTED".equals(r.text("status")), Duration.ofSeconds(20));
        return with(c.headers(), "X-Admission-Token", done.text("admissionToken"));
    }

    private static String firstClinic(Map<String, String> admitted) {
        Reply r = api.get("/api/v1/clinics?region=11&date=2021-08-26", admitted);
        assertThat(r.status()).isEqualTo(200);
        for (JsonNode k : r.body()) {
            if (k.get("available").get("2021-08-26").asInt() > 1) {
                return k.get("clinicId").asText();
            }
        }
        throw new AssertionError("no clinic with doses: " + r.body());
    }

    private static int available(Map<String, String> admitted, String clinic) {
        Reply r = api.get("/api/v1/clinics?region=11&date=2021-08-26", admitted);
        for (JsonNode k : r.body()) {
            if (k.get("clinicId").asText().equals(clinic)) {
                return k.get("available").get("2021-08-26").asInt();
            }
        }
        throw new AssertionError(clinic + " not listed");
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> m = new HashMap<>(headers);
        m.put(name, value);
        return m;
    }
}
