package org.yeyak.server.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.server.ServerConfig;
import org.yeyak.server.YeyakServer;

/** {@code POST /api/v1/staff/login} and friends over HTTP, on a demo server. */
class StaffLoginTest {
    static final String PASSWORD = "demo-Pa55word";
    @TempDir
    static Path data;
    static YeyakServer server;
    static StaffHttp http;
    static final Map<Role, JsonNode> signIns = new EnumMap<>(Role.class);

    @BeforeAll
    static void start() {
        server = YeyakServer.start(ServerConfig.embeddedDemo(data, PASSWORD));
        http = new StaffHttp(server.url());
        DemoStaff.ACCOUNTS.forEach((name, role) -> {
            StaffHttp.Answer a = http.post("/api/v1/staff/login", null, Map.of("username", name, "password", PASSWORD));
            assertThat(a.status()).as(a.toString()).isEqualTo(200);
            signIns.put(role, a.json());
        });
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void eachDemoAccountSignsInWithItsRoleAndAShortLivedToken() {
        assertThat(signIns).containsOnlyKeys(Role.OFFICIAL, Role.CALL_CENTER, Role.ANALYST);
        signIns.forEach((role, body) -> {
            assertThat(body.get("role").asText()).isEqualTo(role.name());
            assertThat(body.get("token").asText()).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
            Instant exp = OffsetDateTime.parse(body.get("expiresAt").asText()).toInstant();
            assertThat(Duration.between(Instant.now(), exp)).isBetween(Duration.ofMinutes(25), Duration.ofMinutes(31));
        });
        assertThat(server.demoStaffPassword()).as("a given password is not reprinted").isEmpty();
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        StaffHttp.Answer wrong = http.post("/api/v1/staff/login", null, Map.of("username", "analyst", "password", "nope"));
        StaffHttp.Answer ghost = http.post("/api/v1/staff/login", null, Map.of("username", "ghost", "password", "nope"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.code()).isEqualTo("INVALID_CREDENTIALS");
        assertThat(wrong.header("Content-Type")).startsWith("application/problem+json");
        assertThat(ghost.status()).isEqualTo(wrong.status());
        assertThat(ghost.body()).isEqualTo(wrong.body());
    }

    @Test
    void anUnknownUserCostsAsMuchTimeAsAWrongPassword() {
        long known = Long.MAX_VALUE;
        long unknown = Long.MAX_VALUE;
        for (int i = 0; i < 2; i++) {
            known = Math.min(known, timed("official", "wrong-" + i));
            unknown = Math.min(unknown, timed("nobody-" + i, "wrong"));
        }
        // Both run one 600,000-iteration PBKDF2 (~100-400 ms here); without the decoy check the unknown
        // name would answer in ~1 ms. The margin absorbs the noise of a shared machine.
        assertThat(unknown).isGreaterThan(known / 3);
        assertThat(known).isGreaterThan(unknown / 3);
    }

    @Test
    void repeatedFailuresSlowDownThenLockTheAccountEvenAgainstTheRightPassword() {
        StaffAccounts accounts = new StaffAccounts(server.database().dataSource());
        accounts.upsert(new StaffAccount("locktest", Role.ANALYST, new PasswordHasher().hash("right-one"), false, true,
                Instant.now()));
        for (int i = 1; i <= 4; i++) {
            long t0 = System.nanoTime();
            StaffHttp.Answer a = http.post("/api/v1/staff/login", null, Map.of("username", "locktest", "password", "bad"));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(a.code()).as("failure %d", i).isEqualTo("INVALID_CREDENTIALS");
            if (i == 3) {
                assertThat(ms).as("the third failure is slowed down").isGreaterThanOrEqualTo(500);
            }
            if (i == 4) {
                assertThat(ms).as("the fourth failure is slowed down more").isGreaterThanOrEqualTo(1000);
            }
        }
        StaffHttp.Answer fifth = http.post("/api/v1/staff/login", null, Map.of("username", "locktest", "password", "bad"));
        assertThat(fifth.status()).isEqualTo(429);
        assertThat(fifth.code()).isEqualTo("TOO_MANY_ATTEMPTS");
        assertThat(Long.parseLong(fifth.header("Retry-After"))).isBetween(800L, 900L);

        StaffHttp.Answer right = http.post("/api/v1/staff/login", null, Map.of("username", "LockTest", "password", "right-one"));
        assertThat(right.status()).as("locked, whatever the case of the name").isEqualTo(429);
        assertThat(right.header("Retry-After")).isNotNull();
    }

    @Test
    void missingOrMalformedFieldsAreInvalidInputNamingTheField() {
        StaffHttp.Answer noPassword = http.post("/api/v1/staff/login", null, Map.of("username", "official"));
        assertThat(noPassword.status()).isEqualTo(400);
        assertThat(noPassword.json().get("field").asText()).isEqualTo("password");
        StaffHttp.Answer wrongType = http.post("/api/v1/staff/login", null, "{\"username\":[\"official\"],\"password\":\"x\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("field").asText()).isEqualTo("username");
        StaffHttp.Answer notJson = http.post("/api/v1/staff/login", null, "{username");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.code()).isEqualTo("INVALID_INPUT");
    }

    @Test
    void meAnswersWhoIsSignedIn() {
        StaffHttp.Answer me = http.get("/api/v1/staff/me", token(Role.CALL_CENTER));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("username").asText()).isEqualTo("callcenter");
        assertThat(me.json().get("role").asText()).isEqualTo("CALL_CENTER");
    }

    @Test
    void aRefreshGivesANewTokenForTheSameRole() {
        StaffHttp.Answer r = http.post("/api/v1/staff/refresh", token(Role.ANALYST), null);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("role").asText()).isEqualTo("ANALYST");
        assertThat(http.get("/api/v1/staff/me", r.json().get("token").asText()).status()).isEqualTo(200);
    }

    @Test
    void theTimeEndpointShowsTheDemoClockInSeoul() {
        StaffHttp.Answer t = http.get("/api/v1/time", null);
        assertThat(t.status()).isEqualTo(200);
        OffsetDateTime now = OffsetDateTime.parse(t.json().get("now").asText());
        assertThat(now.getOffset().getTotalSeconds()).isEqualTo(9 * 3600);
        assertThat(now.toInstant()).isBetween(YeyakServer.DEMO_START, YeyakServer.DEMO_START.plus(Duration.ofHours(1)));
        assertThat(t.json().get("zone").asText()).isEqualTo("Asia/Seoul");
        assertThat(t.json().get("demo").asBoolean()).isTrue();
    }

    static String token(Role role) {
        return signIns.get(role).get("token").asText();
    }

    private static long timed(String user, String password) {
        long t0 = System.nanoTime();
        StaffHttp.Answer a = http.post("/api/v1/staff/login", null, Map.of("username", user, "password", password));
        assertThat(a.status()).isEqualTo(401);
        return System.nanoTime() - t0;
    }
}
