package org.yeyak.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.server.booking.Booking;
import org.yeyak.server.booking.BookingCommand;
import org.yeyak.server.campaign.StockCell;
import org.yeyak.server.security.PersonKey;
import org.yeyak.server.staff.StaffHttp;

class AllocationAdminTest {
    @TempDir
    static Path data;
    static AdminFixture f;

    @BeforeAll
    static void start() {
        f = AdminFixture.start(data);
        f.clinic("a-seoul-1", "11", 60);
        f.clinic("a-seoul-2", "11", 30);
        f.clinic("a-jeju-1", "50", 12);
        f.campaign(AdminFixture.campaignOpenNow("alloc", false));
    }

    @AfterAll
    static void stop() {
        f.server.close();
    }

    @Test
    void aPreviewAnswersTheSummaryAndWritesNothing() {
        List<StockCell> before = f.server.stock().cells("alloc", null);
        StaffHttp.Answer a = f.http.post("/api/v1/admin/campaigns/alloc/allocation/preview", f.admin, Map.of("doses", 6000));
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        JsonNode s = a.json().get("summary");
        assertThat(a.json().get("applied").asBoolean()).isFalse();
        assertThat(a.json().get("tranches")).hasSize(10);
        assertThat(s.get("requestedDoses").asLong()).isEqualTo(6000);
        assertThat(s.get("placedDoses").asLong() % 6).as("whole vials").isZero();
        assertThat(s.get("placedDoses").asLong() + s.get("unplacedDoses").asLong()).isEqualTo(6000);
        assertThat(s.get("perRegion").findValuesAsText("region")).containsExactly("11", "50");
        assertThat(s.get("perTranche")).hasSize(10);
        assertThat(f.server.stock().cells("alloc", null)).as("a preview writes nothing").isEqualTo(before);
    }

    @Test
    void applyWritesTheStockAndNeverTakesBackABookedDose() {
        StaffHttp.Answer first = f.http.post("/api/v1/admin/campaigns/alloc/allocation/apply", f.admin, Map.of("doses", 6000));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("applied").asBoolean()).isTrue();
        long placed = first.json().get("summary").get("placedDoses").asLong();
        assertThat(allocated()).isEqualTo(placed);

        // One person books a dose at a Seoul clinic (a vial in every tranche), then the official cuts the
        // stock to a single vial.
        LocalDate date = AdminFixture.today().plusDays(10);
        PersonKey person = new PersonKey("a".repeat(64));
        f.server.bookings().book(BookingCommand.assisted("alloc", person, LocalDate.of(1990, 5, 19), "a-seoul-1", date,
                "admin", null));
        Booking b = f.server.bookings().activeBooking("alloc", person).orElseThrow();

        StaffHttp.Answer cut = f.http.post("/api/v1/admin/campaigns/alloc/allocation/apply", f.admin, Map.of("doses", 6));
        assertThat(cut.status()).as(cut.toString()).isEqualTo(200);
        assertThat(cut.json().get("summary").get("bookedDoses").asLong()).isEqualTo(1);
        StockCell cell = f.server.stock().cells("alloc", "a-seoul-1").stream()
                .filter(c -> c.date().equals(date) && c.tranche().equals(b.tranche())).findFirst().orElseThrow();
        assertThat(cell.allocated()).as("the booked dose's vial stays").isGreaterThanOrEqualTo(1);
        assertThat(cell.booked()).isEqualTo(1);
        assertThat(allocated()).isEqualTo(6);

        StaffHttp.Answer none = f.http.post("/api/v1/admin/campaigns/alloc/allocation/apply", f.admin, Map.of("doses", 0));
        assertThat(none.status()).isEqualTo(409);
        assertThat(none.code()).isEqualTo("STOCK_BELOW_BOOKED");
        assertThat(allocated()).as("nothing changed on the refusal").isEqualTo(6);
        assertThat(f.server.audit().list(0, 100_000)).filteredOn(e -> e.action().equals("ALLOCATION_APPLIED"))
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void badAllocationRequestsAreRefused() {
        assertThat(f.http.post("/api/v1/admin/campaigns/alloc/allocation/preview", f.admin, Map.of()).json().get("field")
                .asText()).isEqualTo("doses");
        assertThat(f.http.post("/api/v1/admin/campaigns/alloc/allocation/preview", f.admin,
                Map.of("doses", 10, "policy", "RANDOM")).json().get("field").asText()).isEqualTo("policy");
        assertThat(f.http.post("/api/v1/admin/campaigns/none/allocation/preview", f.admin, Map.of("doses", 10)).status())
                .isEqualTo(404);
    }

    private static long allocated() {
        List<StockCell> cells = f.server.stock().cells("alloc", null);
        return cells.stream().mapToLong(StockCell::allocated).sum();
    }
}
