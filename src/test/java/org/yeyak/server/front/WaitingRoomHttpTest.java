package org.yeyak.server.front;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yeyak.server.front.FrontDoorClient.residentId;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.server.YeyakServer;
import org.yeyak.server.front.FrontDoorClient.Citizen;
import org.yeyak.server.front.FrontDoorClient.Reply;

/**
 * The waiting room over HTTP with the demo campaign ({@code demo-18-49}: digit days from
 * 2021-08-09, windows 20:00 → 18:00 next day, Seoul): tickets, admission, and every refusal
 * API.md lists for {@code POST /api/v1/queue/tickets}, each at its own instant of the demo clock.
 */
class WaitingRoomHttpTest {
    static final AtomicInteger serials = new AtomicInteger(1000);
    /** Digit 9: books on 2021-08-09, whose window opens at the demo clock's start. */
    static final LocalDate NINE = LocalDate.of(1990, 5, 19);

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

    static Citizen citizenBornOn(LocalDate birth, String at) {
        server.clock().moveTo(OffsetDateTime.parse(at).toInstant());
        int serial = serials.incrementAndGet();
        return client.verify("kakao", residentId(birth, serial), "device-wr-" + serial);
    }

    static Reply ticket(Citizen c) {
        return client.post("/api/v1/queue/tickets", "", c.headers());
    }

    @Test
    void aPersonOnTheirDayGetsATicketAndIsAdmittedWithAToken() {
        Citizen c = citizenBornOn(NINE, "2021-08-09T20:05:00+09:00");
        Reply r = ticket(c);
        assertThat(r.status()).as("%s", r.body()).isEqualTo(201);
        assertThat(r.text("ticketId")).isNotBlank();
        assertThat(r.text("status")).isIn("WAITING", "ADMITTED");
        Reply admitted = FrontDoorClient.await(() -> client.get("/api/v1/queue/tickets/" + r.text("ticketId"), c.headers()),
                p -> "ADMITTED".equals(p.text("status")), Duration.ofSeconds(10));
        assertThat(admitted.text("admissionToken")).isNotBlank();
        Instant expires = Instant.parse(admitted.text("admissionExpiresAt"));
        assertThat(expires).isAfter(server.clock().instant());
        assertThat(admitted.body().path("position").asLong()).isPositive();
    }

    @Test
    void askingAgainReturnsTheSameTicketAndPosition() {
        Citizen c = citizenBornOn(LocalDate.of(1979, 7, 9), "2021-08-09T21:00:00+09:00");
        Reply first = ticket(c);
        Reply second = ticket(c);
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.text("ticketId")).isEqualTo(first.text("ticketId"));
        assertThat(second.body().path("position").asLong()).isEqualTo(first.body().path("position").asLong());
    }

    @Test
    void theWrongBirthDigitIsNotYourDayWithTheOpeningOfTheirOwnDay() {
        Citizen c = citizenBornOn(LocalDate.of(1990, 5, 18), "2021-08-09T20:10:00+09:00");
        Reply r = ticket(c);
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("NOT_ELIGIBLE");
        assertThat(r.text("reason")).isEqualTo("NOT_YOUR_DAY");
        assertThat(OffsetDateTime.parse(r.text("opensAt")).toInstant())
                .isEqualTo(OffsetDateTime.parse("2021-08-18T20:00:00+09:00").toInstant());
        assertThat(r.text("opensAt")).endsWith("+09:00");
    }

    @Test
    void someoneBornOutsideTheCohortIsNotEligible() {
        Citizen c = citizenBornOn(LocalDate.of(1960, 3, 9), "2021-08-09T20:10:00+09:00");
        Reply r = ticket(c);
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("NOT_ELIGIBLE");
        assertThat(r.text("reason")).isEqualTo("COHORT");
    }

    @Test
    void beforeTheWindowOpensItIsWindowNotOpenWithOpensAt() {
        Citizen c = citizenBornOn(NINE, "2021-08-09T19:00:00+09:00");
        Reply r = ticket(c);
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("WINDOW_NOT_OPEN");
        assertThat(r.text("opensAt")).isEqualTo("2021-08-09T20:00:00+09:00");
    }

    @Test
    void afterTheWindowClosesItIsWindowClosed() {
        Citizen c = citizenBornOn(NINE, "2021-08-10T18:00:01+09:00");
        Reply r = ticket(c);
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("WINDOW_CLOSED");
    }

    @Test
    void inTheLastMinuteBeforeTheWindowATicketHasNoPositionButTheOpening() {
        // Digit 0 books on 2021-08-10 from 20:00.
        Citizen early = citizenBornOn(LocalDate.of(1988, 2, 10), "2021-08-10T19:58:59+09:00");
        assertThat(ticket(early).code()).isEqualTo("WINDOW_NOT_OPEN");
        server.clock().moveTo(OffsetDateTime.parse("2021-08-10T19:59:30+09:00").toInstant());
        Reply r = ticket(early);
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.text("status")).isEqualTo("WAITING");
        assertThat(r.body().has("position")).isTrue();
        assertThat(r.body().get("position").isNull()).isTrue();
        assertThat(r.text("opensAt")).isEqualTo("2021-08-10T20:00:00+09:00");
        // Before the opening nobody in the pre-queue is admitted, however long they wait.
        Reply poll = client.get("/api/v1/queue/tickets/" + r.text("ticketId"), early.headers());
        assertThat(poll.text("status")).isEqualTo("WAITING");
        assertThat(poll.body().get("position").isNull()).isTrue();
        // At the opening it gets a place, and then admission.
        server.clock().moveTo(OffsetDateTime.parse("2021-08-10T20:00:00.001+09:00").toInstant());
        Reply admitted = FrontDoorClient.await(() -> client.get("/api/v1/queue/tickets/" + r.text("ticketId"), early.headers()),
                p -> "ADMITTED".equals(p.text("status")), Duration.ofSeconds(10));
        assertThat(admitted.body().path("position").asLong()).isPositive();
    }

    @Test
    void aSessionFromAnotherDeviceCannotTakeATicket() {
        Citizen c = citizenBornOn(NINE, "2021-08-09T20:30:00+09:00");
        Reply r = client.post("/api/v1/queue/tickets", "", Map.of("Authorization", "Bearer " + c.token(), "X-Device-Id", "someone-else"));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("DEVICE_MISMATCH");
        Reply none = client.post("/api/v1/queue/tickets", "", Map.of());
        assertThat(none.status()).isEqualTo(401);
    }

    @Test
    void anotherPersonsTicketIdIsUnknown() {
        Citizen a = citizenBornOn(NINE, "2021-08-09T20:40:00+09:00");
        Citizen b = citizenBornOn(NINE, "2021-08-09T20:40:00+09:00");
        Reply ta = ticket(a);
        Reply r = client.get("/api/v1/queue/tickets/" + ta.text("ticketId"), b.headers());
        assertThat(r.status()).isEqualTo(404);
        // Moving oneself to the front by editing the position in the id: the signature no longer fits.
        String[] parts = ta.text("ticketId").split("\\.");
        String forgedId = parts[0] + "." + parts[1] + "." + ("1".equals(parts[2]) ? "2" : "1") + "." + parts[3];
        assertThat(forgedId).isNotEqualTo(ta.text("ticketId"));
        Reply forged = client.get("/api/v1/queue/tickets/" + forgedId, a.headers());
        assertThat(forged.status()).isEqualTo(404);
    }
}
