package org.yeyak.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.client.Json;
import org.yeyak.server.YeyakServer;
import org.yeyak.server.audit.AuditLog;
import org.yeyak.server.staff.StaffHttp;

class CampaignAdminTest {
    @TempDir
    static Path data;
    static YeyakServer server;
    static StaffHttp http;
    static String official;
    static String analyst;
    static String callcenter;

    @BeforeAll
    static void start() {
        AdminFixture f = AdminFixture.start(data);
        server = f.server;
        http = f.http;
        official = f.admin;
        analyst = f.signedIn("analyst", "ANALYST");
        callcenter = f.signedIn("callcenter", "CALL_CENTER");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A valid campaign body: born 1972–2003, ten sequential days from 2021-08-09. */
    static ObjectNode campaign(String id) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("id", id);
        n.put("name", "18–49세 사전예약");
        n.putObject("cohort").put("bornFrom", "1972-01-01").put("bornTo", "2003-12-31");
        n.put("firstBookingDay", "2021-08-09");
        n.put("digitRule", "SEQUENTIAL");
        n.putArray("catchUp").addObject().put("label", "40대").put("bornFrom", "1972-01-01").put("bornTo", "1981-12-31")
                .put("day", "2021-08-19");
        n.putObject("openPeriod").put("firstDay", "2021-08-21").put("lastDay", "2021-09-18");
        n.put("vaccinationFrom", "2021-08-26");
        n.put("vaccinationTo", "2021-09-30");
        n.put("vaccine", "Pfizer");
        n.put("vialSize", 6);
        n.put("assistedFollowsDigitDays", false);
        return n;
    }

    @Test
    void anOfficialCreatesACampaignAndEveryStaffRoleCanReadIt() {
        StaffHttp.Answer created = http.post("/api/v1/admin/campaigns", official, campaign("c-create"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode k = created.json();
        assertThat(k.get("digitDates").get("9").get(0).asText()).isEqualTo("2021-08-09");
        assertThat(k.get("digitDates").get("8").get(0).asText()).isEqualTo("2021-08-18");
        assertThat(k.get("schedule").get("warnings")).isEmpty();
        assertThat(k.get("schedule").get("proposedFix")).isNull();
        assertThat(k.get("windows").get(0).get("opensAt").asText()).isEqualTo("2021-08-09T20:00:00+09:00");
        assertThat(k.get("windows").get(0).get("closesAt").asText()).isEqualTo("2021-08-10T18:00:00+09:00");
        assertThat(k.get("windows").findValuesAsText("kind")).contains("DIGIT_DAY", "CATCH_UP", "OPEN_PERIOD");
        assertThat(k.get("assistedFollowsDigitDays").asBoolean()).isFalse();
        for (String token : List.of(official, analyst, callcenter)) {
            StaffHttp.Answer one = http.get("/api/v1/admin/campaigns/c-create", token);
            assertThat(one.status()).isEqualTo(200);
            assertThat(one.json().get("vialSize").asInt()).isEqualTo(6);
            assertThat(http.get("/api/v1/admin/campaigns", token).json().findValuesAsText("id")).contains("c-create");
        }
        assertThat(http.post("/api/v1/admin/campaigns", analyst, campaign("c-analyst")).status()).isEqualTo(403);
    }

    @Test
    void theDayOfMonthRuleAcrossAMonthEndIsSavedWithItsWarningsAndAProposedFix() {
        ObjectNode body = campaign("c-month-end");
        body.put("firstBookingDay", "2021-08-26");
        body.put("digitRule", "DAY_OF_MONTH");
        body.remove("catchUp");
        body.remove("openPeriod");
        body.put("vaccinationFrom", "2021-09-10");
        StaffHttp.Answer a = http.post("/api/v1/admin/campaigns", official, body);
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        JsonNode schedule = a.json().get("schedule");
        // 26..31 Aug then 1..4 Sep: the 31st and the 1st both end in 1; nobody ending in 5 has a day.
        assertThat(schedule.get("warnings").findValuesAsText("kind")).contains("GAP", "DOUBLE");
        assertThat(a.json().get("digitDates").get("1")).hasSize(2);
        JsonNode fix = schedule.get("proposedFix");
        assertThat(fix.size()).isEqualTo(10);
        assertThat(fix.get("6").asText()).isEqualTo("2021-08-26");
        assertThat(fix.get("5").asText()).isEqualTo("2021-09-04");

        // Sending the view back (as a console does after an edit) keeps the same schedule.
        ObjectNode back = (ObjectNode) a.json();
        StaffHttp.Answer again = http.call("PUT", "/api/v1/admin/campaigns/c-month-end", official, back);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("digitDates")).isEqualTo(a.json().get("digitDates"));

        // Taking the proposed fix clears the warnings.
        back.set("digitDates", fix);
        StaffHttp.Answer fixed = http.call("PUT", "/api/v1/admin/campaigns/c-month-end", official, back);
        assertThat(fixed.status()).isEqualTo(200);
        assertThat(fixed.json().get("schedule").get("warnings")).isEmpty();
    }

    @Test
    void anExplicitMapWithAMissingDigitIsAcceptedWithAGapWarning() {
        ObjectNode body = campaign("c-gap");
        body.remove("firstBookingDay");
        ObjectNode digits = body.putObject("digitDates");
        for (int d = 0; d < 9; d++) {
            digits.put(String.valueOf(d), "2021-08-1" + d);
        }
        body.remove("catchUp");
        body.remove("openPeriod");
        StaffHttp.Answer a = http.post("/api/v1/admin/campaigns", official, body);
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        JsonNode w = a.json().get("schedule").get("warnings").get(0);
        assertThat(w.get("kind").asText()).isEqualTo("GAP");
        assertThat(w.get("digit").asInt()).isEqualTo(9);
    }

    @Test
    void theScheduleCheckAnswersWarningsWithoutSaving() {
        StaffHttp.Answer a = http.post("/api/v1/admin/campaigns/schedule-check", official,
                Map.of("firstBookingDay", "2021-08-26", "digitRule", "DAY_OF_MONTH"));
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        assertThat(a.json().get("schedule").get("warnings")).isNotEmpty();
        assertThat(a.json().get("bookingDays")).hasSize(10);
    }

    @Test
    void badCampaignsAreRefusedNamingTheField() {
        assertField(campaign("c-bad").put("id", "Bad Id"), "id");
        assertField(campaign("c-bad").put("vialSize", 0), "vialSize");
        assertField(campaign("c-bad").put("zone", "Mars/Olympus"), "zone");
        assertField(campaign("c-bad").put("closesAt", "21:00"), "closesAt");
        assertField(campaign("c-bad").put("vaccinationTo", "2021-08-01"), "vaccinationTo");
        assertField(campaign("c-bad").put("vaccinationFrom", "2021-13-01"), "vaccinationFrom");
        assertField(campaign("c-bad").put("digitRule", "RANDOM"), "digitRule");
        ObjectNode cohort = campaign("c-bad");
        ((ObjectNode) cohort.get("cohort")).put("bornTo", "1960-01-01");
        assertField(cohort, "cohort.bornTo");
        ObjectNode digit = campaign("c-bad");
        digit.putObject("digitDates").put("12", "2021-08-09");
        assertField(digit, "digitDates.12");
        ObjectNode early = campaign("c-bad");
        ((ObjectNode) early.get("catchUp").get(0)).put("day", "2021-08-15");
        assertField(early, "catchUp[0].day");
        ObjectNode open = campaign("c-bad");
        ((ObjectNode) open.get("openPeriod")).put("firstDay", "2021-08-19");
        assertField(open, "openPeriod.firstDay");
        ObjectNode noName = campaign("c-bad");
        noName.remove("name");
        assertField(noName, "name");
        assertThat(http.get("/api/v1/admin/campaigns/c-bad", official).status()).isEqualTo(404);
    }

    @Test
    void aCampaignIdIsTakenOnceAndAnEditKeepsIt() {
        assertThat(http.post("/api/v1/admin/campaigns", official, campaign("c-once")).status()).isEqualTo(201);
        StaffHttp.Answer twice = http.post("/api/v1/admin/campaigns", official, campaign("c-once"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("CAMPAIGN_EXISTS");
        StaffHttp.Answer renamed = http.call("PUT", "/api/v1/admin/campaigns/c-once", official, campaign("c-other"));
        assertThat(renamed.status()).isEqualTo(400);
        assertThat(renamed.json().get("field").asText()).isEqualTo("id");
        ObjectNode edit = campaign("c-once").put("vaccine", "Moderna").put("vialSize", 10);
        StaffHttp.Answer edited = http.call("PUT", "/api/v1/admin/campaigns/c-once", official, edit);
        assertThat(edited.json().get("vaccine").asText()).isEqualTo("Moderna");
        assertThat(http.call("PUT", "/api/v1/admin/campaigns/c-none", official, campaign("c-none")).status()).isEqualTo(404);
    }

    @Test
    void creatingAndEditingACampaignAreAudited() {
        http.post("/api/v1/admin/campaigns", official, campaign("c-audited"));
        var events = new AuditLog(server.database().dataSource(), server.clock()).list(0, 10_000);
        assertThat(events).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("CAMPAIGN_CREATED");
            assertThat(e.actor()).isEqualTo("staff:admin");
            assertThat(e.subject()).isEqualTo("campaign:c-audited");
            assertThat(e.detail()).contains("\"from\":\"127.0.0.1\"");
        });
    }

    private static void assertField(ObjectNode body, String field) {
        StaffHttp.Answer a = http.post("/api/v1/admin/campaigns", official, body);
        assertThat(a.status()).as(field + ": " + a).isEqualTo(400);
        assertThat(a.code()).isEqualTo("INVALID_INPUT");
        assertThat(a.json().get("field").asText()).as(a.toString()).isEqualTo(field);
    }
}
