package org.yeyak.server.front;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yeyak.server.front.FrontDoorClient.residentId;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.server.YeyakServer;
import org.yeyak.server.front.FrontDoorClient.Citizen;
import org.yeyak.server.front.FrontDoorClient.Reply;

/**
 * The whole citizen flow on the full demo data set, over HTTP: verify → ticket → admitted →
 * clinics → book → ALREADY_BOOKED on a second try; and every kind of bad admission token.
 */
class CitizenFlowHttpTest {
    static final LocalDate NINE = LocalDate.of(1990, 5, 19);
    static final AtomicInteger serials = new AtomicInteger(3000);

    @TempDir
    static Path data;
    static YeyakServer server;
    static FrontDoorClient client;

    @BeforeAll
    static void start() {
        server = FrontDoorServer.start(data, true, FrontDoorServer.fast());
        client = new FrontDoorClient(server.url());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void onTheirDay() {
        server.clock().moveTo(OffsetDateTime.parse("2021-08-09T20:10:00+09:00").toInstant());
    }

    /** A person born on a digit-9 day, verified and admitted: their session and admission token. */
    record Admitted(Citizen citizen, String ticketId, String token) {
        Map<String, String> headers() {
            Map<String, String> h = new HashMap<>(citizen.headers());
            h.put("X-Admission-Token", token);
            return h;
        }
    }

    static Admitted admitted() {
        int serial = serials.incrementAndGet();
        Citizen c = client.verify("kakao", residentId(NINE, serial), "flow-device-" + serial);
        Reply t = client.post("/api/v1/queue/tickets", "", c.headers());
        assertThat(t.status()).as("%s", t.body()).isEqualTo(201);
        Reply a = FrontDoorClient.await(() -> client.get("/api/v1/queue/tickets/" + t.text("ticketId"), c.headers()),
                r -> "ADMITTED".equals(r.text("status")), Duration.ofSeconds(10));
        return new Admitted(c, t.text("ticketId"), a.text("admissionToken"));
    }

    static JsonNode someClinic(Admitted a) {
        Reply r = client.get("/api/v1/clinics?region=11&date=2021-08-26", a.headers());
        assertThat(r.status()).as("%s", r.body()).isEqualTo(200);
        for (JsonNode clinic : r.body()) {
            if (clinic.path("available").path("2021-08-26").asInt() > 0) {
                return clinic;
            }
        }
        throw new AssertionError("no clinic with doses in Seoul on 2021-08-26: " + r.body());
    }

    static Reply book(Map<String, String> headers, String clinicId, String key) {
        Map<String, String> h = new HashMap<>(headers);
        h.put("Idempotency-Key", key);
        return client.post("/api/v1/bookings", Map.of("clinicId", clinicId, "date", "2021-08-26"), h);
    }

    @Test
    void aPersonOnTheirDayVerifiesQueuesIsAdmittedAndBooksOnceOnly() {
        Admitted a = admitted();
        JsonNode clinic = someClinic(a);
        assertThat(clinic.path("region").asText()).isEqualTo("11");
        String key = UUID.randomUUID().toString();
        Reply booked = book(a.headers(), clinic.path("clinicId").asText(), key);
        assertThat(booked.status()).as("%s", booked.body()).isEqualTo(201);
        assertThat(booked.text("status")).isEqualTo("CONFIRMED");
        assertThat(booked.text("clinicId")).isEqualTo(clinic.path("clinicId").asText());

        // The same request again (a retry): the same answer, though the token is spent.
        Reply replay = book(a.headers(), clinic.path("clinicId").asText(), key);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.text("bookingId")).isEqualTo(booked.text("bookingId"));

        // A second try through the front door: already booked.
        Reply again = client.post("/api/v1/queue/tickets", "", a.citizen().headers());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("ALREADY_BOOKED");
        // And the spent token buys nothing more.
        Reply reuse = book(a.headers(), clinic.path("clinicId").asText(), UUID.randomUUID().toString());
        assertThat(reuse.status()).isEqualTo(401);
        assertThat(reuse.code()).isEqualTo("INVALID_ADMISSION");

        // The live figures count it, in Seoul's fill too.
        Reply live = FrontDoorClient.await(() -> client.get("/api/v1/metrics/live"), r -> seoulBooked(r.body()) >= 1,
                Duration.ofSeconds(20));
        assertThat(live.body().path("regions")).hasSize(17);
        assertThat(live.body().path("bookings").path("total").asLong()).isGreaterThanOrEqualTo(1);
        // ...and in the stock left of its booking day's tranche (one per booking day, then catch-up).
        JsonNode tranches = live.body().path("tranches");
        assertThat(tranches).hasSize(11);
        assertThat(tranches.get(0).path("tranche").asText()).isEqualTo("2021-08-09");
        assertThat(tranches.get(0).path("left").asLong()).isLessThan(tranches.get(0).path("allocated").asLong());
        assertThat(tranches.get(10).path("tranche").asText()).isEqualTo("CATCHUP");
        assertThat(tranches.get(10).path("left").asLong()).isEqualTo(tranches.get(10).path("allocated").asLong());

        Reply mine = client.get("/api/v1/bookings/me", a.citizen().headers());
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body()).hasSize(1);
        assertThat(mine.body().get(0).path("bookingId").asText()).isEqualTo(booked.text("bookingId"));

        // Cancelled, the person may queue again and gets a fresh ticket.
        Reply cancel = client.delete("/api/v1/bookings/" + booked.text("bookingId"), a.citizen().headers());
        assertThat(cancel.status()).isEqualTo(204);
        Reply fresh = client.post("/api/v1/queue/tickets", "", a.citizen().headers());
        assertThat(fresh.status()).isEqualTo(201);
        assertThat(fresh.text("ticketId")).isNotEqualTo(a.ticketId());
    }

    @Test
    void aProvincesListingIsGzippedForAClientThatAcceptsIt() throws Exception {
        Admitted a = admitted();
        okhttp3.Request.Builder req = new okhttp3.Request.Builder()
                .url(server.url() + "/api/v1/clinics?region=11&date=2021-08-26");
        a.headers().forEach(req::header);
        okhttp3.OkHttpClient http = new okhttp3.OkHttpClient();
        byte[] plain;
        try (okhttp3.Response r = http.newCall(req.header("Accept-Encoding", "identity").build()).execute()) {
            assertThat(r.code()).isEqualTo(200);
            assertThat(r.header("Content-Encoding")).isNull();
            plain = r.body().bytes();
        }
        byte[] zipped;
        try (okhttp3.Response r = http.newCall(req.header("Accept-Encoding", "gzip").build()).execute()) {
            assertThat(r.code()).isEqualTo(200);
            assertThat(r.header("Content-Encoding")).isEqualTo("gzip");
            zipped = r.body().bytes();
        }
        assertThat(plain.length).as("Seoul's listing").isGreaterThan(10_000);
        assertThat(zipped.length).isLessThan(plain.length / 4);
        byte[] unzipped = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped)).readAllBytes();
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        assertThat(mapper.readTree(unzipped)).isEqualTo(mapper.readTree(plain));
    }

    @Test
    void bookingWithoutAnAdmissionTokenIsAdmissionRequired() {
        Admitted a = admitted();
        String clinicId = someClinic(a).path("clinicId").asText();
        Reply r = book(a.citizen().headers(), clinicId, UUID.randomUUID().toString());
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.code()).isEqualTo("ADMISSION_REQUIRED");
        Reply clinics = client.get("/api/v1/clinics?region=11", a.citizen().headers());
        assertThat(clinics.code()).isEqualTo("ADMISSION_REQUIRED");
    }

    @Test
    void aForgedAdmissionTokenIsInvalid() {
        Admitted a = admitted();
        String[] p = a.token().split("\\.");
        String flipped = p[0] + "." + p[1] + "." + (p[2].charAt(0) == 'A' ? 'B' : 'A') + p[2].substring(1);
        assertInvalid(a, flipped);
        // A payload edited to another position, signature kept.
        String payload = new String(Base64.getUrlDecoder().decode(p[1]), StandardCharsets.UTF_8)
                .replaceAll("\"pos\":\\d+", "\"pos\":0");
        assertInvalid(a, p[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + p[2]);
        assertInvalid(a, "not-a-token");
    }

    @Test
    void anUnsignedAlgNoneAdmissionTokenIsInvalid() {
        Admitted a = admitted();
        String[] p = a.token().split("\\.");
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        assertInvalid(a, none + "." + p[1] + ".");
    }

    @Test
    void anAdmissionTokenForAnotherAudienceIsInvalid() throws Exception {
        Admitted a = admitted();
        SignedJWT genuine = SignedJWT.parse(a.token());
        JWTClaimsSet other = new JWTClaimsSet.Builder(genuine.getJWTClaimsSet()).audience("yeyak-citizen").build();
        SignedJWT wrongAudience = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), other);
        wrongAudience.sign(new MACSigner(server.keys().secret("admission-token")));
        assertInvalid(a, wrongAudience.serialize());
        // The citizen's session token is no admission token either.
        assertInvalid(a, a.citizen().token());
    }

    @Test
    void anExpiredAdmissionTokenIsInvalid() throws Exception {
        Admitted a = admitted();
        SignedJWT genuine = SignedJWT.parse(a.token());
        server.clock().moveTo(genuine.getJWTClaimsSet().getExpirationTime().toInstant().plusSeconds(1));
        assertInvalid(a, a.token());
        // Re-signed with a later expiry by someone who has the key: still no admitted ticket behind it... it is
        // the store that says so (the place expired), not only the token.
        JWTClaimsSet later = new JWTClaimsSet.Builder(genuine.getJWTClaimsSet())
                .expirationTime(new Date(server.clock().millis() + 600_000)).build();
        SignedJWT extended = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), later);
        extended.sign(new MACSigner(server.keys().secret("admission-token")));
        FrontDoorClient.awaitTrue(() -> client.get("/api/v1/queue/tickets/" + a.ticketId(), a.citizen().headers())
                .text("status").equals("EXPIRED"), Duration.ofSeconds(5), "the ticket shows EXPIRED");
        assertInvalid(a, extended.serialize());
    }

    @Test
    void anotherPersonsAdmissionTokenIsInvalid() {
        Admitted a = admitted();
        Admitted b = admitted();
        assertInvalid(a, b.token());
    }

    @Test
    void aBookingCallFromAnotherDeviceIsDeviceMismatch() {
        Admitted a = admitted();
        Map<String, String> h = new HashMap<>(a.headers());
        h.put("X-Device-Id", "another-device");
        Reply r = book(h, "any-clinic", UUID.randomUUID().toString());
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("DEVICE_MISMATCH");
    }

    static long seoulBooked(JsonNode live) {
        for (JsonNode r : live.path("regions")) {
            if (r.path("code").asText().equals("11")) {
                return r.path("booked").asLong();
            }
        }
        return 0;
    }

    static void assertInvalid(Admitted a, String token) {
        Map<String, String> h = new HashMap<>(a.citizen().headers());
        h.put("X-Admission-Token", token);
        Reply r = client.get("/api/v1/clinics?region=11", h);
        assertThat(r.status()).as("clinics with %s: %s", token, r.body()).isEqualTo(401);
        assertThat(r.code()).isEqualTo("INVALID_ADMISSION");
        Reply b = book(h, "any-clinic", UUID.randomUUID().toString());
        assertThat(b.status()).as("booking with %s: %s", token, b.body()).isEqualTo(401);
        assertThat(b.code()).isEqualTo("INVALID_ADMISSION");
    }
}
