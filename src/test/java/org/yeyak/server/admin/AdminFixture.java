package org.yeyak.server.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.yeyak.client.Json;
import org.yeyak.server.ServerConfig;
import org.yeyak.server.YeyakServer;
import org.yeyak.server.clinic.Region;
import org.yeyak.server.clinic.RegionStore;
import org.yeyak.server.staff.StaffHttp;

/**
 * A production-mode server (real clock, no demo data, so it starts fast) with two provinces,
 * its first official {@code admin} signed in, and a campaign whose booking days are around today.
 */
public final class AdminFixture {
    public static final String PASSWORD = "fixture-admin-pw";
    public final YeyakServer server;
    public final StaffHttp http;
    public final String admin;

    private AdminFixture(YeyakServer server) {
        this.server = server;
        this.http = new StaffHttp(server.url());
        this.admin = http.login("admin", PASSWORD);
    }

    public static AdminFixture start(Path data) {
        return start(data, null);
    }

    /** As {@link #start(Path)}, on the database at {@code dbUrl} (user postgres, no password) when not null. */
    public static AdminFixture start(Path data, String dbUrl) {
        ServerConfig config = new ServerConfig("127.0.0.1", 0, data, null, null, null, false, PASSWORD);
        if (dbUrl != null) {
            config = config.withDatabase(dbUrl, "postgres", "");
        }
        YeyakServer server = YeyakServer.start(config);
        new RegionStore(server.database().dataSource()).saveAll(List.of(
                new Region("11", "서울특별시", "Seoul", 9_500_000), new Region("50", "제주특별자치도", "Jeju", 670_000)));
        return new AdminFixture(server);
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Seoul"));
    }

    /**
     * Born 1972–2003; ten booking days from two days ago (so windows are open now); ten
     * vaccination dates from ten days ahead; Pfizer, vials of 6.
     */
    public static ObjectNode campaignOpenNow(String id, boolean assistedFollowsDigitDays) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("id", id);
        n.put("name", "테스트 캠페인 " + id);
        n.putObject("cohort").put("bornFrom", "1972-01-01").put("bornTo", "2003-12-31");
        n.put("firstBookingDay", today().minusDays(2).toString());
        n.put("digitRule", "SEQUENTIAL");
        n.put("vaccinationFrom", today().plusDays(10).toString());
        n.put("vaccinationTo", today().plusDays(19).toString());
        n.put("vaccine", "Pfizer");
        n.put("vialSize", 6);
        n.put("assistedFollowsDigitDays", assistedFollowsDigitDays);
        return n;
    }

    /** Creates a clinic through the API and answers its id. */
    public String clinic(String id, String region, int dailyCapacity) {
        StaffHttp.Answer a = http.post("/api/v1/admin/clinics", admin, Map.of("id", id, "region", region, "name", "의원 " + id,
                "address", "주소 " + id, "dailyCapacity", dailyCapacity));
        if (a.status() != 201) {
            throw new AssertionError("clinic " + id + ": " + a);
        }
        return id;
    }

    /** Creates a staff account with this role and answers its token. */
    public String signedIn(String username, String role) {
        String password = "pw-of-" + username + "-123";
        StaffHttp.Answer a = http.post("/api/v1/admin/staff", admin, Map.of("username", username, "role", role,
                "password", password));
        if (a.status() != 201) {
            throw new AssertionError("account " + username + ": " + a);
        }
        return http.login(username, password);
    }

    public void campaign(ObjectNode body) {
        StaffHttp.Answer a = http.post("/api/v1/admin/campaigns", admin, body);
        if (a.status() != 201) {
            throw new AssertionError("campaign: " + a);
        }
    }
}
