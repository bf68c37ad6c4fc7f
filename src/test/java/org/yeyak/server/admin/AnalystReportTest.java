package org.yeyak.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.server.booking.BookingCommand;
import org.yeyak.server.security.PersonKey;
import org.yeyak.server.staff.StaffHttp;

/** Analysts read figures and reports, and change nothing. */
class AnalystReportTest {
    @TempDir
    static Path data;
    static AdminFixture f;
    static String analyst;

    @BeforeAll
    static void start() {
        f = AdminFixture.start(data);
        f.clinic("r-seoul", "11", 60);
        f.clinic("r-jeju", "50", 60);
        f.campaign(AdminFixture.campaignOpenNow("rep", false));
        f.http.post("/api/v1/admin/campaigns/rep/allocation/apply", f.admin, Map.of("doses", 60_000));
        LocalDate date = AdminFixture.today().plusDays(11);
        for (int i = 0; i < 5; i++) {
            String clinic = i < 3 ? "r-seoul" : "r-jeju";
            f.server.bookings().book(BookingCommand.assisted("rep", new PersonKey(String.format("%064x", i + 1)),
                    LocalDate.of(1980, 1, 1 + i), clinic, date, "admin", null));
        }
        f.server.bookings().cancel(f.server.bookings().activeBooking("rep", new PersonKey(String.format("%064x", 5)))
                .orElseThrow().id(), null, "staff:admin");
        f.http.post("/api/v1/admin/staff", f.admin, Map.of("username", "ana", "role", "ANALYST", "password", "analyst-password-1"));
        analyst = f.http.login("ana", "analyst-password-1");
    }

    @AfterAll
    static void stop() {
        f.server.close();
    }

    @Test
    void bookingsPerRegionShowConfirmedCancelledAndStockFill() {
        StaffHttp.Answer a = f.http.get("/api/v1/admin/reports/bookings?campaignId=rep&by=region", analyst);
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        JsonNode seoul = row(a.json(), "region", "11");
        assertThat(seoul.get("confirmed").asLong()).isEqualTo(3);
        assertThat(seoul.get("assisted").asLong()).isEqualTo(3);
        assertThat(seoul.get("nameEn").asText()).isEqualTo("Seoul");
        assertThat(seoul.get("allocated").asLong() - seoul.get("remaining").asLong()).isEqualTo(3);
        JsonNode jeju = row(a.json(), "region", "50");
        assertThat(jeju.get("confirmed").asLong()).isEqualTo(1);
        assertThat(jeju.get("cancelled").asLong()).isEqualTo(1);
    }

    @Test
    void bookingsPerRegionAndBookingDayAndAsCsv() {
        StaffHttp.Answer a = f.http.get("/api/v1/admin/reports/bookings?campaignId=rep&by=region,bookingDay", f.admin);
        assertThat(a.status()).isEqualTo(200);
        long total = 0;
        for (JsonNode r : a.json().get("rows")) {
            assertThat(r.get("bookingDay").asText()).matches("\\d{4}-\\d{2}-\\d{2}|CATCHUP");
            total += r.get("confirmed").asLong();
        }
        assertThat(total).isEqualTo(4);
        StaffHttp.Answer csv = f.http.get("/api/v1/admin/reports/bookings?campaignId=rep&by=vaccinationDate&format=csv", analyst);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("vaccinationDate,confirmed,cancelled,assisted")
                .contains(AdminFixture.today().plusDays(11) + ",4,1,4");
        assertThat(f.http.get("/api/v1/admin/reports/bookings?campaignId=rep&by=person", analyst).json().get("field").asText())
                .isEqualTo("by");
        assertThat(f.http.get("/api/v1/admin/reports/bookings?campaignId=nope", analyst).status()).isEqualTo(404);
    }

    @Test
    void analystsReadLiveFiguresAndProvidersButChangeNothing() {
        assertThat(f.http.get("/api/v1/metrics/live", analyst).status()).isEqualTo(200);
        assertThat(f.http.get("/metrics", analyst).status()).isEqualTo(200);
        assertThat(f.http.get("/api/v1/admin/providers", analyst).status()).isEqualTo(200);
        assertThat(f.http.get("/api/v1/admin/campaigns/rep", analyst).status()).isEqualTo(200);
        assertThat(f.http.get("/api/v1/admin/clinics/export", analyst).status()).isEqualTo(200);
        assertThat(f.http.post("/api/v1/admin/campaigns/rep/allocation/apply", analyst, Map.of("doses", 6)).status()).isEqualTo(403);
        assertThat(f.http.call("PUT", "/api/v1/admin/providers/kakao", analyst, Map.of("enabled", false)).status()).isEqualTo(403);
        assertThat(f.http.post("/api/v1/assist/lookup", analyst, Map.of("residentId", "900519-1234563")).status()).isEqualTo(403);
        assertThat(f.http.get("/api/v1/admin/audit", analyst).status()).isEqualTo(403);
    }

    private static JsonNode row(JsonNode report, String key, String value) {
        for (JsonNode r : report.get("rows")) {
            if (value.equals(r.get(key).asText())) {
                return r;
            }
        }
        throw new AssertionError("no row " + key + "=" + value + " in " + report);
    }
}
