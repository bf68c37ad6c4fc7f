package org.yeyak.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.server.ServerConfig;
import org.yeyak.server.YeyakServer;
import org.yeyak.server.audit.AuditEvent;
import org.yeyak.server.campaign.StockCell;
import org.yeyak.server.clinic.Clinic;
import org.yeyak.server.clinic.Region;
import org.yeyak.server.testing.Api;
import org.yeyak.server.testing.Residents;
import org.yeyak.server.testing.TestCitizenGate;

/** {@code --demo} exactly as API.md describes it, on a fresh data folder. */
class DemoModeTest {
    @TempDir
    static Path data;
    static YeyakServer server;
    static Api api;

    @BeforeAll
    static void start() {
        server = YeyakServer.start(ServerConfig.embeddedDemo(data, "pw"), TestCitizenGate::new);
        api = new Api(server.url());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theSeventeenProvincesAreLoadedFromTheAssetsFile() throws Exception {
        List<Region> regions = server.regions().list();
        assertThat(regions).hasSize(17);
        assertThat(regions.get(0)).isEqualTo(new Region("11", "서울특별시", "Seoul", 9_509_458));
        assertThat(regions).extracting(Region::code).endsWith("50");
        // The class-path copy the server jar carries is the assets file, byte for byte.
        assertThat(DemoData.class.getResourceAsStream("/demo/provinces.csv").readAllBytes())
                .isEqualTo(Files.readAllBytes(Path.of("assets/provinces.csv")));
    }

    @Test
    void clinicsAreInProportionToPopulationWithAtLeastThreePerProvince() {
        Map<String, Long> perRegion = server.clinics().list(null).stream()
                .collect(Collectors.groupingBy(Clinic::region, Collectors.counting()));
        assertThat(perRegion).hasSize(17);
        assertThat(perRegion.values()).allMatch(n -> n >= 3);
        // Gyeonggi (13.6M) has more than Seoul (9.5M), which has more than Busan (3.4M).
        assertThat(perRegion.get("41")).isGreaterThan(perRegion.get("11"));
        assertThat(perRegion.get("11")).isGreaterThan(perRegion.get("26"));
        assertThat(perRegion.get("11")).isEqualTo(Math.round(9_509_458 / 100_000.0));
        Clinic first = server.clinics().list("11").get(0);
        assertThat(first.name()).matches("서울 \\S+구 \\S+(의원|병원)( \\d+)?");
        assertThat(first.address()).startsWith("서울특별시 ");
    }

    @Test
    void theDemoCampaignIsAsApiMdSaysWithStockSpreadEvenly() {
        var campaign = server.campaigns().get("demo-18-49").orElseThrow();
        assertThat(campaign).isEqualTo(DemoCampaign.campaign());
        assertThat(campaign.vaccinationDates()).hasSize(36).startsWith(LocalDate.of(2021, 8, 26))
                .endsWith(LocalDate.of(2021, 9, 30));
        assertThat(campaign.schedule().digits().bookingDays()).hasSize(10)
                .startsWith(LocalDate.of(2021, 8, 9)).endsWith(LocalDate.of(2021, 8, 18));

        List<Clinic> jeju = server.clinics().list("50");
        String clinic = jeju.get(jeju.size() - 1).id();
        List<StockCell> cells = server.stock().cells("demo-18-49", clinic);
        Map<LocalDate, List<StockCell>> byDate = cells.stream().collect(Collectors.groupingBy(StockCell::date));
        assertThat(byDate).hasSize(36);
        for (List<StockCell> day : byDate.values()) {
            int min = day.stream().mapToInt(StockCell::allocated).min().orElseThrow();
            int max = day.stream().mapToInt(StockCell::allocated).max().orElseThrow();
            assertThat(max - min).as("tranches of one clinic-date differ by at most one vial").isLessThanOrEqualTo(6);
            assertThat(day).allMatch(c -> c.allocated() % 6 == 0 && c.allocated() > 0);
        }
    }

    @Test
    void theDemoClockStartsAtTheFirstOpeningAndCanBeMoved() {
        assertThat(api.get("/api/v1/demo/clock", Map.of()).json().get("now").asText()).startsWith("2021-08-09T20:0");

        Api.Reply moved = api.post("/api/v1/demo/clock", "{\"at\":\"2021-08-10T19:59:30+09:00\"}", Map.of());

        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().get("now").asText()).startsWith("2021-08-10T19:59:3");
        Api.Reply bad = api.post("/api/v1/demo/clock", "{\"at\":\"yesterday\"}", Map.of());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asText()).isEqualTo("at");
        api.post("/api/v1/demo/clock", "{\"at\":\"2021-08-09T20:00:00+09:00\"}", Map.of());
    }

    @Test
    void aDemoCitizenCanListClinicsAndBook() {
        String me = Residents.digitNine(1);
        api.post("/api/v1/demo/clock", "{\"at\":\"2021-08-09T20:00:00+09:00\"}", Map.of());
        JsonNode clinics = api.get("/api/v1/clinics?region=50&date=2021-08-26",
                Api.citizen(me, TestCitizenGate.ADMISSION, "a")).json();
        assertThat(clinics.size()).isGreaterThanOrEqualTo(3);
        String clinic = clinics.get(0).get("clinicId").asText();
        assertThat(clinics.get(0).get("available").get("2021-08-26").asInt()).isPositive();

        Api.Reply r = api.book(me, clinic, "2021-08-26", "demo-key", "demo-adm");

        assertThat(r.status()).isEqualTo(201);
    }

    @Test
    void restartingOnTheSameDataFolderLoadsNothingTwiceAndKeepsBookings() {
        String me = Residents.digitNine(2);
        api.post("/api/v1/demo/clock", "{\"at\":\"2021-08-09T20:00:00+09:00\"}", Map.of());
        String clinic = server.clinics().list("36").get(0).id();
        assertThat(api.book(me, clinic, "2021-08-27", "restart-key", "restart-adm").status()).isEqualTo(201);
        int clinics = server.clinics().list(null).size();

        server.close();
        server = YeyakServer.start(ServerConfig.embeddedDemo(data, "pw"), TestCitizenGate::new);
        api = new Api(server.url());

        assertThat(server.clinics().list(null)).hasSize(clinics);
        assertThat(server.audit().list(0, 100_000)).extracting(AuditEvent::action).containsOnlyOnce("DEMO_LOADED");
        assertThat(api.get("/api/v1/bookings/me", Api.citizen(me)).json()).hasSize(1);
    }

    @Test
    void theDemoClockRouteDoesNotExistOutsideDemoMode(@TempDir Path plain) {
        try (YeyakServer s = YeyakServer.start(new ServerConfig("127.0.0.1", 0, plain, null, null, null, false, null))) {
            Api.Reply r = new Api(s.url()).post("/api/v1/demo/clock", "{\"at\":\"2021-08-10T20:00:00+09:00\"}", Map.of());
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.code()).isEqualTo("NOT_FOUND");
            assertThat(s.clinics().list(null)).isEmpty();
        }
    }
}
