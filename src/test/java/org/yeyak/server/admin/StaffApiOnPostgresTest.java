package org.yeyak.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.rules.ResidentId;
import org.yeyak.server.ServerConfig;
import org.yeyak.server.YeyakServer;
import org.yeyak.server.staff.StaffHttp;
import org.yeyak.server.store.Database;
import org.yeyak.server.store.TestPostgres;

/** The staff API's own SQL (accounts, throttle, imports, reports, audit) on a real PostgreSQL. */
class StaffApiOnPostgresTest {
    @TempDir
    static Path data;
    static AdminFixture f;
    static String url;

    @BeforeAll
    static void start() {
        url = TestPostgres.get().newDatabaseUrl();
        f = AdminFixture.start(data, url);
        assertThat(f.server.database().kind()).isEqualTo(Database.Kind.POSTGRES);
    }

    @AfterAll
    static void stop() {
        f.server.close();
    }

    @Test
    void theWholeStaffFlowRunsOnPostgres() {
        String csv = "id,region,name,address,dailyCapacity\npg-1,11,서울 의원,서울 1,60\npg-2,50,제주 의원,제주 1,60\n";
        StaffHttp.Answer imported = f.http.call("POST", "/api/v1/admin/clinics/import", f.admin, csv.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        f.campaign(AdminFixture.campaignOpenNow("pg", false));
        StaffHttp.Answer applied = f.http.post("/api/v1/admin/campaigns/pg/allocation/apply", f.admin, Map.of("doses", 60_000));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);

        f.http.post("/api/v1/admin/staff", f.admin, Map.of("username", "pgcc", "role", "CALL_CENTER", "password", "call-center-pw-9"));
        String cc = f.http.login("pgcc", "call-center-pw-9");
        String first = "8507141" + "23456";
        String who = first.substring(0, 6) + "-" + first.substring(6) + ResidentId.checkDigit(first + "0");
        StaffHttp.Answer booked = f.http.post("/api/v1/assist/bookings", cc, Map.of("residentId", who, "campaignId", "pg",
                "clinicId", "pg-1", "date", AdminFixture.today().plusDays(10).toString(), "identityCheck", "ID_CARD_SEEN"));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);

        JsonNode report = f.http.get("/api/v1/admin/reports/bookings?campaignId=pg&by=region,vaccinationDate", f.admin).json();
        assertThat(report.get("rows").get(0).get("region").asText()).isEqualTo("11");
        assertThat(report.get("rows").get(0).get("vaccinationDate").asText())
                .isEqualTo(AdminFixture.today().plusDays(10).toString());
        assertThat(f.http.get("/api/v1/admin/audit?limit=5", f.admin).json().get("events")).hasSize(5);
        assertThat(f.http.get("/api/v1/admin/audit/verify", f.admin).json().get("valid").asBoolean()).isTrue();
    }

    @Test
    void twoNodesShareTheFailureCountAndAcceptEachOthersStaffTokens() {
        ServerConfig same = new ServerConfig("127.0.0.1", 0, data, null, null, null, false, AdminFixture.PASSWORD)
                .withDatabase(url, "postgres", "");
        try (YeyakServer other = YeyakServer.start(same)) {
            StaffHttp b = new StaffHttp(other.url());
            assertThat(b.get("/api/v1/staff/me", f.admin).status()).as("a token from node A on node B").isEqualTo(200);
            StaffHttp[] nodes = {f.http, b, f.http, b};
            for (StaffHttp node : nodes) {
                assertThat(node.post("/api/v1/staff/login", null, Map.of("username", "ghost", "password", "x")).code())
                        .isEqualTo("INVALID_CREDENTIALS");
            }
            StaffHttp.Answer locked = f.http.post("/api/v1/staff/login", null, Map.of("username", "ghost", "password", "x"));
            assertThat(locked.status()).as("the fifth failure, counted over both nodes").isEqualTo(429);
            assertThat(b.post("/api/v1/staff/login", null, Map.of("username", "ghost", "password", "x")).status())
                    .as("locked on the other node too").isEqualTo(429);
        }
    }
}
