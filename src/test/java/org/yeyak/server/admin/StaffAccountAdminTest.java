package org.yeyak.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.server.ServerConfig;
import org.yeyak.server.YeyakServer;
import org.yeyak.server.staff.StaffHttp;

/** A production (non-demo) store: the first official, and officials managing accounts. */
class StaffAccountAdminTest {
    @TempDir
    static Path data;
    static YeyakServer server;
    static StaffHttp http;
    static String admin;

    @BeforeAll
    static void start() {
        server = YeyakServer.start(new ServerConfig("127.0.0.1", 0, data, null, null, null, false, null));
        http = new StaffHttp(server.url());
        String pw = server.demoStaffPassword().orElseThrow();
        assertThat(server.staffPasswordNotice().orElseThrow()).contains("admin").contains(pw);
        admin = http.login("admin", pw);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aNewStoreStartsWithOneOfficialAndNoDemoAccounts() {
        StaffHttp.Answer list = http.get("/api/v1/admin/staff", admin);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().findValuesAsText("username")).contains("admin").doesNotContain("official", "analyst");
        assertThat(list.body()).doesNotContain("pbkdf2").doesNotContain("passwordHash");
    }

    @Test
    void anOfficialCreatesAnAccountThatCanSignInAndThenDisablesIt() {
        StaffHttp.Answer created = http.post("/api/v1/admin/staff", admin,
                Map.of("username", "Kim.Callcenter", "role", "CALL_CENTER", "password", "long-enough-pw-1"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("username").asText()).isEqualTo("kim.callcenter");
        String token = http.login("kim.callcenter", "long-enough-pw-1");
        assertThat(http.get("/api/v1/staff/me", token).json().get("role").asText()).isEqualTo("CALL_CENTER");

        StaffHttp.Answer again = http.post("/api/v1/admin/staff", admin,
                Map.of("username", "kim.callcenter", "role", "ANALYST", "password", "long-enough-pw-1"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("USERNAME_TAKEN");

        StaffHttp.Answer off = http.call("PATCH", "/api/v1/admin/staff/kim.callcenter", admin, Map.of("enabled", false));
        assertThat(off.status()).isEqualTo(200);
        StaffHttp.Answer signIn = http.post("/api/v1/staff/login", null,
                Map.of("username", "kim.callcenter", "password", "long-enough-pw-1"));
        assertThat(signIn.code()).isEqualTo("INVALID_CREDENTIALS");
        assertThat(http.post("/api/v1/staff/refresh", token, null).status())
                .as("a disabled account's token cannot be refreshed").isEqualTo(401);
    }

    @Test
    void badAccountsAreRefusedNamingTheField() {
        assertThat(http.post("/api/v1/admin/staff", admin,
                Map.of("username", "x y", "role", "ANALYST", "password", "long-enough-pw-1")).json().get("field").asText())
                .isEqualTo("username");
        assertThat(http.post("/api/v1/admin/staff", admin,
                Map.of("username", "shorty", "role", "ANALYST", "password", "short")).json().get("field").asText())
                .isEqualTo("password");
        assertThat(http.post("/api/v1/admin/staff", admin,
                Map.of("username", "chief", "role", "KING", "password", "long-enough-pw-1")).json().get("field").asText())
                .isEqualTo("role");
    }

    @Test
    void anOfficialCannotDisableTheirOwnAccount() {
        StaffHttp.Answer a = http.call("PATCH", "/api/v1/admin/staff/admin", admin, Map.of("enabled", false));
        assertThat(a.status()).isEqualTo(400);
        assertThat(http.get("/api/v1/staff/me", admin).status()).isEqualTo(200);
    }
}
