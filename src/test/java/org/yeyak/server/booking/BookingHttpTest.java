package org.yeyak.server.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.server.ServerConfig;
import org.yeyak.server.YeyakServer;
import org.yeyak.server.audit.AuditEvent;
import org.yeyak.server.testing.Api;
import org.yeyak.server.testing.Fixture;
import org.yeyak.server.testing.Residents;
import org.yeyak.server.testing.TestCitizenGate;

/**
 * The booking routes over real HTTP, on a demo-clock server (2021-08-09T20:00+09:00: the digit-9
 * window is open) with the small {@link Fixture} data set (10 doses per clinic and date).
 */
class BookingHttpTest {
    @TempDir
    static Path data;
    static YeyakServer server;
    static Api api;
    static final AtomicInteger serial = new AtomicInteger(1000);

    @BeforeAll
    static void start() {
        Fixture.seed(data, null, 10);
        server = YeyakServer.start(new ServerConfig("127.0.0.1", 0, data, null, null, null, true, null),
                TestCitizenGate::new);
        api = new Api(server.url());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String person() {
        return Residents.digitNine(serial.incrementAndGet());
    }

    static String key() {
        return "key-" + serial.incrementAndGet();
    }

    @Test
    void aBookingIsConfirmedDurablyListedAsMineAndAudited() {
        String me = person();
        Api.Reply r = api.book(me, "k-seoul-1", "2021-08-26", key(), "adm-" + serial.incrementAndGet());

        assertThat(r.status()).isEqualTo(201);
        JsonNode b = r.json();
        assertThat(b.get("bookingId").asText()).isNotBlank();
        assertThat(b.get("clinicId").asText()).isEqualTo("k-seoul-1");
        assertThat(b.get("date").asText()).isEqualTo("2021-08-26");
        assertThat(b.get("vaccine").asText()).isEqualTo("Pfizer");
        assertThat(b.get("status").asText()).isEqualTo("CONFIRMED");

        Api.Reply mine = api.get("/api/v1/bookings/me", Api.citizen(me));
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json()).hasSize(1);
        assertThat(mine.json().get(0).get("bookingId").asText()).isEqualTo(b.get("bookingId").asText());

        assertThat(server.audit().list(0, 10_000)).extracting(AuditEvent::subject).contains(b.get("bookingId").asText());
        assertThat(server.audit().verify().intact()).isTrue();
    }

    @Test
    void aClinicGivingItsOwnVaccineBooksThatVaccine() {
        Api.Reply r = api.book(person(), "k-seoul-3", "2021-08-27", key(), "adm-" + serial.incrementAndGet());
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("vaccine").asText()).isEqualTo("Moderna");
    }

    @Test
    void replayingTheSameKeyAndBodyGetsTheSameBodyWithoutANewAdmission() {
        String me = person();
        String k = key();
        Api.Reply first = api.book(me, "k-seoul-2", "2021-08-26", k, "adm-" + serial.incrementAndGet());
        // The replay carries no admission token at all: the first request spent it.
        Api.Reply replay = api.post("/api/v1/bookings", "{ \"date\": \"2021-08-26\", \"clinicId\": \"k-seoul-2\" }",
                Api.citizen(me, "Idempotency-Key", k));

        assertThat(first.status()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.text()).isEqualTo(first.text());
        assertThat(api.get("/api/v1/bookings/me", Api.citizen(me)).json()).hasSize(1);
    }

    @Test
    void sameKeyWithAnotherBodyIsAnIdempotencyMismatch() {
        String me = person();
        String k = key();
        assertThat(api.book(me, "k-seoul-2", "2021-08-26", k, "adm-" + serial.incrementAndGet()).status()).isEqualTo(201);

        Api.Reply other = api.book(me, "k-seoul-2", "2021-08-27", k, "adm-" + serial.incrementAndGet());

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.code()).isEqualTo("IDEMPOTENCY_MISMATCH");
        assertThat(other.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aReplayInAnotherSessionIsNotAnswered() {
        String me = person();
        String k = key();
        assertThat(api.book(me, "k-seoul-1", "2021-08-27", k, "adm-" + serial.incrementAndGet()).status()).isEqualTo(201);

        Api.Reply elsewhere = api.post("/api/v1/bookings", "{\"clinicId\":\"k-seoul-1\",\"date\":\"2021-08-27\"}",
                Api.citizen(me, "Idempotency-Key", k, TestCitizenGate.SESSION, "another-session"));

        assertThat(elsewhere.status()).isEqualTo(401);
        assertThat(elsewhere.code()).isEqualTo("ADMISSION_REQUIRED");
    }

    @Test
    void aSecondBookingInTheCampaignIsAlreadyBooked() {
        String me = person();
        assertThat(api.book(me, "k-seoul-1", "2021-08-26", key(), "adm-" + serial.incrementAndGet()).status()).isEqualTo(201);

        Api.Reply again = api.book(me, "k-busan-1", "2021-08-27", key(), "adm-" + serial.incrementAndGet());

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("ALREADY_BOOKED");
    }

    @Test
    void anAdmissionTokenBuysOneBookingOnly() {
        String token = "adm-" + serial.incrementAndGet();
        assertThat(api.book(person(), "k-busan-1", "2021-08-26", key(), token).status()).isEqualTo(201);

        Api.Reply reuse = api.book(person(), "k-busan-1", "2021-08-26", key(), token);

        assertThat(reuse.status()).isEqualTo(401);
        assertThat(reuse.code()).isEqualTo("INVALID_ADMISSION");
    }

    @Test
    void bookingWithoutAdmissionOrSessionIsUnauthorized() {
        Api.Reply noAdmission = api.post("/api/v1/bookings", "{\"clinicId\":\"k-seoul-1\",\"date\":\"2021-08-26\"}",
                Api.citizen(person(), "Idempotency-Key", key()));
        Api.Reply forged = api.book(person(), "k-seoul-1", "2021-08-26", key(), "forged");
        Api.Reply noSession = api.post("/api/v1/bookings", "{\"clinicId\":\"k-seoul-1\",\"date\":\"2021-08-26\"}",
                Map.of("Idempotency-Key", key(), TestCitizenGate.ADMISSION, "adm-x"));

        assertThat(noAdmission.status()).isEqualTo(401);
        assertThat(noAdmission.code()).isEqualTo("ADMISSION_REQUIRED");
        assertThat(forged.code()).isEqualTo("INVALID_ADMISSION");
        assertThat(noSession.status()).isEqualTo(401);
    }

    @Test
    void cancellingReturnsTheDoseAndAllowsANewBooking() {
        String me = person();
        int before = available("k-busan-1", "2021-08-27", me);
        Api.Reply booked = api.book(me, "k-busan-1", "2021-08-27", key(), "adm-" + serial.incrementAndGet());
        assertThat(available("k-busan-1", "2021-08-27", me)).isEqualTo(before - 1);
        String id = booked.json().get("bookingId").asText();

        Api.Reply cancelled = api.delete("/api/v1/bookings/" + id, Api.citizen(me));

        assertThat(cancelled.status()).isEqualTo(204);
        assertThat(available("k-busan-1", "2021-08-27", me)).isEqualTo(before);
        JsonNode mine = api.get("/api/v1/bookings/me", Api.citizen(me)).json();
        assertThat(mine.get(0).get("status").asText()).isEqualTo("CANCELLED");
        assertThat(api.delete("/api/v1/bookings/" + id, Api.citizen(me)).status()).isEqualTo(204);
        assertThat(available("k-busan-1", "2021-08-27", me)).isEqualTo(before);
        assertThat(api.book(me, "k-busan-1", "2021-08-27", key(), "adm-" + serial.incrementAndGet()).status())
                .isEqualTo(201);
    }

    @Test
    void nobodyCancelsSomeoneElsesBooking() {
        String owner = person();
        String id = api.book(owner, "k-seoul-2", "2021-08-27", key(), "adm-" + serial.incrementAndGet())
                .json().get("bookingId").asText();

        Api.Reply r = api.delete("/api/v1/bookings/" + id, Api.citizen(person()));

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.code()).isEqualTo("NOT_FOUND");
        assertThat(api.get("/api/v1/bookings/me", Api.citizen(owner)).json().get(0).get("status").asText())
                .isEqualTo("CONFIRMED");
    }

    @Test
    void someoneWhoseDayItIsNotIsToldWhenTheirWindowOpens() {
        String bornOnTheTenth = Residents.of(LocalDate.of(1985, 3, 10), serial.incrementAndGet());
        Api.Reply r = api.book(bornOnTheTenth, "k-seoul-1", "2021-08-26", key(), "adm-" + serial.incrementAndGet());

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("NOT_ELIGIBLE");
        assertThat(r.json().get("reason").asText()).isEqualTo("NOT_YOUR_DAY");
        assertThat(r.json().get("opensAt").asText()).isEqualTo("2021-08-10T20:00:00+09:00");
    }

    @Test
    void someoneOutsideTheCohortIsNotEligible() {
        String tooOld = Residents.of(LocalDate.of(1960, 1, 9), serial.incrementAndGet());
        Api.Reply r = api.book(tooOld, "k-seoul-1", "2021-08-26", key(), "adm-" + serial.incrementAndGet());

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("reason").asText()).isEqualTo("COHORT");
    }

    @Test
    void clinicsOfARegionShowWhatThisPersonMayBookNow() {
        String me = person();
        Api.Reply r = api.get("/api/v1/clinics?region=11&date=2021-08-26",
                Api.citizen(me, TestCitizenGate.ADMISSION, "adm-list"));

        assertThat(r.status()).isEqualTo(200);
        JsonNode list = r.json();
        assertThat(list).hasSize(3);
        for (JsonNode k : list) {
            assertThat(k.get("region").asText()).isEqualTo("11");
            assertThat(k.get("name").asText()).startsWith("서울 ");
            assertThat(k.get("address").asText()).isNotBlank();
            assertThat(k.get("available").size()).isEqualTo(1);
            assertThat(k.get("available").get("2021-08-26").asInt()).isBetween(0, 10);
        }
        Api.Reply noAdmission = api.get("/api/v1/clinics?region=11", Api.citizen(me));
        assertThat(noAdmission.status()).isEqualTo(401);
        Api.Reply badRegion = api.get("/api/v1/clinics?region=99", Api.citizen(me, TestCitizenGate.ADMISSION, "a"));
        assertThat(badRegion.status()).isEqualTo(400);
        assertThat(badRegion.json().get("field").asText()).isEqualTo("region");
    }

    @Test
    void twoHundredClientsOverHttpRacingForTenDosesGetExactlyTenBookings() throws Exception {
        server.clinics().add(new org.yeyak.server.clinic.Clinic("k-race", "26", "부산 중구 경쟁의원",
                "부산광역시 중구 중앙대로 1", null, 60, true));
        server.stock().allocate("demo-18-49", java.util.List.of(new org.yeyak.server.campaign.StockCell(
                "k-race", Fixture.DAY1, Fixture.TRANCHE, 10, 10)));
        int clients = 200;
        var go = new java.util.concurrent.CountDownLatch(1);
        var codes = new java.util.concurrent.ConcurrentHashMap<Integer, Integer>();
        var threads = new java.util.ArrayList<Thread>();
        for (int i = 0; i < clients; i++) {
            String me = person();
            String k = key();
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                codes.merge(api.book(me, "k-race", "2021-08-26", k, "adm-" + k).status(), 1, Integer::sum);
            }));
        }
        go.countDown();
        for (Thread t : threads) {
            t.join(120_000);
        }

        assertThat(codes).isEqualTo(Map.of(201, 10, 409, clients - 10));
        assertThat(server.stock().cells("demo-18-49", "k-race").get(0).remaining()).isZero();
    }

    static int available(String clinic, String date, String resident) {
        Api.Reply r = api.get("/api/v1/clinics?date=" + date, Api.citizen(resident, TestCitizenGate.ADMISSION, "adm-list"));
        for (JsonNode k : r.json()) {
            if (k.get("clinicId").asText().equals(clinic)) {
                return k.get("available").get(date).asInt();
            }
        }
        throw new AssertionError("clinic not listed: " + clinic);
    }
}
