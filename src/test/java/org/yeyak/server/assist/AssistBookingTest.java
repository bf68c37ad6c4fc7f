package org.yeyak.server.assist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.rules.ResidentId;
import org.yeyak.server.admin.AdminFixture;
import org.yeyak.server.audit.AuditEvent;
import org.yeyak.server.staff.StaffHttp;

/**
 * Assisted booking on a production-mode server whose campaigns' booking days run around today:
 * campaign {@code free} lets staff book anyone in the cohort while it runs; campaign
 * {@code strict} keeps staff to each person's own birth-digit day.
 */
class AssistBookingTest {
    @TempDir
    static Path data;
    static AdminFixture f;
    static String cc;
    static String cc2;
    static LocalDate vaccination;

    @BeforeAll
    static void start() {
        f = AdminFixture.start(data);
        f.clinic("as-1", "11", 60);
        f.clinic("as-2", "50", 60);
        f.campaign(AdminFixture.campaignOpenNow("free", false));
        f.campaign(AdminFixture.campaignOpenNow("strict", true));
        for (String k : List.of("free", "strict")) {
            StaffHttp.Answer a = f.http.post("/api/v1/admin/campaigns/" + k + "/allocation/apply", f.admin, Map.of("doses", 60_000));
            assertThat(a.status()).as(a.toString()).isEqualTo(200);
        }
        f.http.post("/api/v1/admin/staff", f.admin, Map.of("username", "cc1", "role", "CALL_CENTER", "password", "call-center-pw-1"));
        f.http.post("/api/v1/admin/staff", f.admin, Map.of("username", "cc2", "role", "CALL_CENTER", "password", "call-center-pw-2"));
        cc = f.http.login("cc1", "call-center-pw-1");
        cc2 = f.http.login("cc2", "call-center-pw-2");
        vaccination = AdminFixture.today().plusDays(12);
    }

    @AfterAll
    static void stop() {
        f.server.close();
    }

    /** A valid resident id (with its check digit) for someone born on {@code birth}, in the 1900s. */
    static String rid(LocalDate birth, String serial) {
        String first = String.format("%02d%02d%02d", birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth())
                + "1" + serial;
        return first.substring(0, 6) + "-" + first.substring(6) + ResidentId.checkDigit(first + "0");
    }

    /** Someone whose own birth-digit day is the campaign's last booking day (a week ahead). */
    static LocalDate bornForLastDay() {
        LocalDate last = AdminFixture.today().plusDays(7);
        int digit = last.getDayOfMonth() % 10;
        return LocalDate.of(1990, 5, digit == 0 ? 10 : digit);
    }

    static Map<String, Object> book(String who, String campaign, String clinic, LocalDate date, String check) {
        Map<String, Object> m = new HashMap<>();
        m.put("residentId", who);
        m.put("campaignId", campaign);
        m.put("clinicId", clinic);
        m.put("date", date.toString());
        if (check != null) {
            m.put("identityCheck", check);
        }
        return m;
    }

    @Test
    void aLookupShowsEligibilityAndBookingsAndOnlyTheMaskedNumber() {
        String who = rid(LocalDate.of(1985, 3, 14), "23456");
        StaffHttp.Answer a = f.http.post("/api/v1/assist/lookup", cc, Map.of("residentId", who));
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        assertThat(a.body()).doesNotContain(who).doesNotContain(who.replace("-", ""))
                .contains(who.substring(0, 8) + "******");
        JsonNode person = a.json().get("person");
        assertThat(person.get("birthDate").asText()).isEqualTo("1985-03-14");
        assertThat(person.get("personRef").asText()).isNotBlank();
        JsonNode free = campaign(a.json(), "free");
        assertThat(free.get("eligibility").get("eligible").asBoolean()).isTrue();
        assertThat(free.get("booking")).isNull();

        StaffHttp.Answer old = f.http.post("/api/v1/assist/lookup", cc, Map.of("residentId", rid(LocalDate.of(1950, 1, 2), "11111")));
        JsonNode e = campaign(old.json(), "free").get("eligibility");
        assertThat(e.get("eligible").asBoolean()).isFalse();
        assertThat(e.get("code").asText()).isEqualTo("NOT_ELIGIBLE");
        assertThat(e.get("reason").asText()).isEqualTo("COHORT");

        StaffHttp.Answer bad = f.http.post("/api/v1/assist/lookup", cc, Map.of("residentId", "850314-1234567"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asText()).isEqualTo("residentId");
        assertThat(bad.body()).doesNotContain("850314-1234567").doesNotContain("8503141234567");
    }

    @Test
    void whetherAssistedBookingFollowsBirthDigitDaysIsTheCampaignsSetting() {
        String who = rid(bornForLastDay(), "34567");
        StaffHttp.Answer lookup = f.http.post("/api/v1/assist/lookup", cc, Map.of("residentId", who));
        JsonNode strict = campaign(lookup.json(), "strict").get("eligibility");
        assertThat(strict.get("eligible").asBoolean()).isFalse();
        assertThat(strict.get("reason").asText()).isEqualTo("NOT_YOUR_DAY");
        assertThat(strict.get("opensAt").asText()).contains(AdminFixture.today().plusDays(7).toString());
        assertThat(campaign(lookup.json(), "free").get("eligibility").get("eligible").asBoolean()).isTrue();

        StaffHttp.Answer refused = f.http.post("/api/v1/assist/bookings", cc, book(who, "strict", "as-1", vaccination, "ID_CARD_SEEN"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("NOT_ELIGIBLE");
        StaffHttp.Answer booked = f.http.post("/api/v1/assist/bookings", cc, book(who, "free", "as-1", vaccination, "ID_CARD_SEEN"));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    }

    @Test
    void anAssistedBookingTakesTheSameStockAndIsOnePerPerson() {
        String who = rid(LocalDate.of(1979, 11, 3), "45678");
        int before = available("as-2", vaccination, who);
        StaffHttp.Answer first = f.http.post("/api/v1/assist/bookings", cc, book(who, "free", "as-2", vaccination, "PHONE_CALLBACK"));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().get("booking").get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(first.json().get("maskedResidentId").asText()).endsWith("******");
        assertThat(first.body()).doesNotContain(who);
        assertThat(available("as-2", vaccination, who)).isEqualTo(before - 1);

        StaffHttp.Answer second = f.http.post("/api/v1/assist/bookings", cc, book(who, "free", "as-1", vaccination, "PHONE_CALLBACK"));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.code()).isEqualTo("ALREADY_BOOKED");

        JsonNode status = campaign(f.http.post("/api/v1/assist/lookup", cc, Map.of("residentId", who)).json(), "free");
        assertThat(status.get("booking").get("bookingId").asText()).isEqualTo(first.json().get("booking").get("bookingId").asText());
    }

    @Test
    void theIdentityCheckIsRequiredAndRecordedInTheAuditTrail() {
        String who = rid(LocalDate.of(1988, 8, 8), "56789");
        StaffHttp.Answer none = f.http.post("/api/v1/assist/bookings", cc, book(who, "free", "as-1", vaccination, null));
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().get("field").asText()).isEqualTo("identityCheck");
        StaffHttp.Answer wrong = f.http.post("/api/v1/assist/bookings", cc, book(who, "free", "as-1", vaccination, "HANDSHAKE"));
        assertThat(wrong.json().get("field").asText()).isEqualTo("identityCheck");

        StaffHttp.Answer ok = f.http.post("/api/v1/assist/bookings", cc, book(who, "free", "as-1", vaccination, "ID_CARD_SEEN"));
        String bookingId = ok.json().get("booking").get("bookingId").asText();
        List<AuditEvent> events = f.server.audit().list(0, 100_000);
        assertThat(events).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("ASSIST_BOOKED");
            assertThat(e.actor()).isEqualTo("staff:cc1");
            assertThat(e.subject()).isEqualTo(bookingId);
            assertThat(e.detail()).contains("\"identityCheck\":\"ID_CARD_SEEN\"").contains("\"from\":\"127.0.0.1\"");
        });
        assertThat(events).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("BOOKING_CREATED");
            assertThat(e.subject()).isEqualTo(bookingId);
            assertThat(e.detail()).contains("ASSISTED");
        });
        assertThat(events).allSatisfy(e -> assertThat(e.detail() + e.subject())
                .doesNotContain(who).doesNotContain(who.replace("-", "")));
    }

    @Test
    void aBookingIsCancelledOrMovedOnlyForItsPersonAndWithAReason() {
        String who = rid(LocalDate.of(1992, 2, 22), "67890");
        String other = rid(LocalDate.of(1993, 3, 23), "78901");
        JsonNode lookup = f.http.post("/api/v1/assist/lookup", cc, Map.of("residentId", who)).json();
        String ref = lookup.get("person").get("personRef").asText();
        Map<String, Object> byRef = book(null, "free", "as-1", vaccination, "ID_CARD_SEEN");
        byRef.remove("residentId");
        byRef.put("personRef", ref);
        StaffHttp.Answer booked = f.http.post("/api/v1/assist/bookings", cc, byRef);
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        String id = booked.json().get("booking").get("bookingId").asText();

        LocalDate later = vaccination.plusDays(2);
        StaffHttp.Answer noReason = f.http.post("/api/v1/assist/bookings/" + id + "/move", cc,
                Map.of("personRef", ref, "identityCheck", "ID_CARD_SEEN", "clinicId", "as-2", "date", later.toString()));
        assertThat(noReason.json().get("field").asText()).isEqualTo("reason");
        StaffHttp.Answer notTheirs = f.http.post("/api/v1/assist/bookings/" + id + "/move", cc, Map.of("residentId", other,
                "identityCheck", "ID_CARD_SEEN", "reason", "x", "clinicId", "as-2", "date", later.toString()));
        assertThat(notTheirs.status()).isEqualTo(404);
        StaffHttp.Answer foreignRef = f.http.post("/api/v1/assist/bookings/" + id + "/cancel", cc2,
                Map.of("personRef", ref, "identityCheck", "PHONE_CALLBACK", "reason", "x"));
        assertThat(foreignRef.status()).isEqualTo(400);
        assertThat(foreignRef.json().get("field").asText()).isEqualTo("personRef");

        StaffHttp.Answer moved = f.http.post("/api/v1/assist/bookings/" + id + "/move", cc, Map.of("personRef", ref,
                "identityCheck", "PHONE_CALLBACK", "reason", "가까운 병원", "clinicId", "as-2", "date", later.toString()));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().get("booking").get("clinicId").asText()).isEqualTo("as-2");
        assertThat(moved.json().get("booking").get("date").asText()).isEqualTo(later.toString());

        int before = available("as-2", later, who);
        StaffHttp.Answer cancelled = f.http.post("/api/v1/assist/bookings/" + id + "/cancel", cc,
                Map.of("residentId", who, "identityCheck", "PHONE_CALLBACK", "reason", "일정 변경"));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().get("booking").get("status").asText()).isEqualTo("CANCELLED");
        assertThat(available("as-2", later, who)).as("the dose goes back").isEqualTo(before + 1);
        assertThat(f.server.audit().list(0, 100_000)).filteredOn(e -> e.subject() != null && e.subject().equals(id))
                .extracting(AuditEvent::action).contains("BOOKING_CREATED", "ASSIST_BOOKED", "BOOKING_MOVED", "ASSIST_MOVED",
                        "BOOKING_CANCELLED", "ASSIST_CANCELLED");
    }

    @Test
    void theSameIdempotencyKeyBooksOnce() {
        String who = rid(LocalDate.of(1995, 7, 7), "89012");
        StaffHttp.Answer a = callWithKey(book(who, "free", "as-1", vaccination, "ID_CARD_SEEN"), "click-1");
        StaffHttp.Answer b = callWithKey(book(who, "free", "as-1", vaccination, "ID_CARD_SEEN"), "click-1");
        assertThat(a.status()).isEqualTo(201);
        assertThat(b.status()).isEqualTo(201);
        assertThat(b.json().get("booking")).isEqualTo(a.json().get("booking"));
    }

    private static StaffHttp.Answer callWithKey(Map<String, Object> body, String key) {
        try {
            okhttp3.Request rq = new okhttp3.Request.Builder().url(f.server.url() + "/api/v1/assist/bookings")
                    .header("Authorization", "Bearer " + cc).header("Idempotency-Key", key)
                    .post(okhttp3.RequestBody.create(org.yeyak.client.Json.mapper().writeValueAsBytes(body),
                            okhttp3.MediaType.get("application/json"))).build();
            try (okhttp3.Response r = new okhttp3.OkHttpClient().newCall(rq).execute()) {
                return new StaffHttp.Answer(r.code(), r.body().string(), r.headers().toMultimap());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int available(String clinic, LocalDate date, String who) {
        StaffHttp.Answer a = f.http.post("/api/v1/assist/availability", cc,
                Map.of("residentId", who, "campaignId", "free", "date", date.toString()));
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        for (JsonNode c : a.json()) {
            if (clinic.equals(c.get("clinicId").asText())) {
                return c.get("available").get(date.toString()).asInt();
            }
        }
        throw new AssertionError("no availability for " + clinic + ": " + a);
    }

    private static JsonNode campaign(JsonNode lookup, String id) {
        for (JsonNode c : lookup.get("campaigns")) {
            if (id.equals(c.get("campaignId").asText())) {
                return c;
            }
        }
        throw new AssertionError("no campaign " + id + " in " + lookup);
    }
}
