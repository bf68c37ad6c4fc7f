package org.yeyak.server.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.server.ServerConfig;
import org.yeyak.server.YeyakServer;
import org.yeyak.server.session.CitizenSession;

/**
 * Walks the whole authorization matrix: every staff route and method × anonymous, a citizen
 * token, a forged staff token and each role. The expected policy is written out here,
 * independently of the server's table, so a route that is added without a decision, or
 * opened wider than intended, fails this test.
 */
class StaffAuthorizationMatrixTest {
    static final Set<Role> ALL = EnumSet.allOf(Role.class);
    static final Set<Role> OFFICIAL = EnumSet.of(Role.OFFICIAL);
    static final Set<Role> CALL_CENTER = EnumSet.of(Role.CALL_CENTER);
    static final Set<Role> OPEN = Set.of();

    /** The intended policy: "METHOD path" → roles (empty = open to anyone). */
    static final Map<String, Set<Role>> POLICY = new LinkedHashMap<>();

    static {
        POLICY.put("POST /api/v1/staff/login", OPEN);
        POLICY.put("GET /api/v1/time", OPEN);
        POLICY.put("GET /api/v1/staff/me", ALL);
        POLICY.put("POST /api/v1/staff/refresh", ALL);
        POLICY.put("GET /api/v1/admin/staff", OFFICIAL);
        POLICY.put("POST /api/v1/admin/staff", OFFICIAL);
        POLICY.put("PATCH /api/v1/admin/staff/{username}", OFFICIAL);
        POLICY.put("GET /api/v1/admin/campaigns", ALL);
        POLICY.put("GET /api/v1/admin/campaigns/{id}", ALL);
        POLICY.put("POST /api/v1/admin/campaigns", OFFICIAL);
        POLICY.put("PUT /api/v1/admin/campaigns/{id}", OFFICIAL);
        POLICY.put("POST /api/v1/admin/campaigns/schedule-check", OFFICIAL);
        POLICY.put("GET /api/v1/admin/regions", ALL);
        POLICY.put("GET /api/v1/admin/clinics", ALL);
        POLICY.put("GET /api/v1/admin/clinics/export", EnumSet.of(Role.OFFICIAL, Role.ANALYST));
        POLICY.put("GET /api/v1/admin/clinics/{id}", ALL);
        POLICY.put("POST /api/v1/admin/clinics", OFFICIAL);
        POLICY.put("PUT /api/v1/admin/clinics/{id}", OFFICIAL);
        POLICY.put("POST /api/v1/admin/clinics/import", OFFICIAL);
        POLICY.put("POST /api/v1/admin/campaigns/{id}/allocation/preview", OFFICIAL);
        POLICY.put("POST /api/v1/admin/campaigns/{id}/allocation/apply", OFFICIAL);
        POLICY.put("GET /api/v1/admin/providers", EnumSet.of(Role.OFFICIAL, Role.ANALYST));
        POLICY.put("PUT /api/v1/admin/providers/{id}", OFFICIAL);
        POLICY.put("GET /api/v1/admin/audit", OFFICIAL);
        POLICY.put("GET /api/v1/admin/audit/verify", OFFICIAL);
        POLICY.put("GET /api/v1/admin/reports/bookings", EnumSet.of(Role.OFFICIAL, Role.ANALYST));
        POLICY.put("POST /api/v1/assist/lookup", CALL_CENTER);
        POLICY.put("POST /api/v1/assist/availability", CALL_CENTER);
        POLICY.put("POST /api/v1/assist/bookings", CALL_CENTER);
        POLICY.put("POST /api/v1/assist/bookings/{bookingId}/cancel", CALL_CENTER);
        POLICY.put("POST /api/v1/assist/bookings/{bookingId}/move", CALL_CENTER);
    }

    enum Caller { ANONYMOUS, CITIZEN, FORGED_STAFF, OFFICIAL, CALL_CENTER, ANALYST }

    static final String DEVICE = "matrix-device-1";
    @TempDir
    static Path data;
    static YeyakServer server;
    static StaffHttp http;
    static final Map<Caller, String> tokens = new EnumMap<>(Caller.class);

    @BeforeAll
    static void start() throws Exception {
        server = YeyakServer.start(ServerConfig.embeddedDemo(data, "matrix-pw-1"));
        http = new StaffHttp(server.url());
        tokens.put(Caller.OFFICIAL, http.login("official", "matrix-pw-1"));
        tokens.put(Caller.CALL_CENTER, http.login("callcenter", "matrix-pw-1"));
        tokens.put(Caller.ANALYST, http.login("analyst", "matrix-pw-1"));
        tokens.put(Caller.CITIZEN, citizenToken());
        tokens.put(Caller.FORGED_STAFF, forgedStaffToken());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theRouteTableIsExactlyTheIntendedPolicy() {
        Map<String, Set<Role>> actual = new LinkedHashMap<>();
        for (StaffRoute r : server.staffRoutes()) {
            actual.put(r.method() + " " + r.path(), r.open() ? OPEN : r.roles());
        }
        assertThat(new TreeSet<>(actual.keySet())).isEqualTo(new TreeSet<>(POLICY.keySet()));
        POLICY.forEach((route, roles) -> assertThat(actual.get(route)).as(route).isEqualTo(roles));
    }

    @Test
    void onlyTheSignInAndTheClockAreOpen() {
        assertThat(server.staffRoutes()).filteredOn(StaffRoute::open)
                .extracting(StaffRoute::path)
                .containsExactlyInAnyOrder("/api/v1/staff/login", "/api/v1/time");
    }

    @Test
    void theCitizenTokenIsGenuineYetRefusedOnStaffRoutesAndAStaffTokenIsRefusedOnCitizenRoutes() {
        Map<String, String> device = Map.of("X-Device-Id", DEVICE);
        StaffHttp.Answer own = http.call("GET", "/api/v1/auth/session", tokens.get(Caller.CITIZEN), null, device);
        assertThat(own.status()).as("the citizen token works where it belongs: " + own).isEqualTo(200);
        assertThat(http.get("/api/v1/staff/me", tokens.get(Caller.CITIZEN)).code()).isEqualTo("INVALID_TOKEN");

        List<String[]> citizenRoutes = List.of(
                new String[] {"GET", "/api/v1/auth/session"},
                new String[] {"GET", "/api/v1/bookings/me"},
                new String[] {"POST", "/api/v1/bookings"},
                new String[] {"DELETE", "/api/v1/bookings/matrix-x"},
                new String[] {"POST", "/api/v1/queue/tickets"},
                new String[] {"GET", "/api/v1/queue/tickets/matrix-x"},
                new String[] {"GET", "/api/v1/clinics?region=11"});
        for (Caller staff : List.of(Caller.OFFICIAL, Caller.CALL_CENTER, Caller.ANALYST)) {
            for (String[] route : citizenRoutes) {
                StaffHttp.Answer a = http.call(route[0], route[1], tokens.get(staff), "{}", device);
                assertThat(a.status()).as(staff + " on " + route[0] + " " + route[1] + ": " + a).isIn(401, 403);
            }
        }
    }

    @Test
    void nobodyGetsThroughWhereThePolicySaysNo() {
        List<String> wrong = new ArrayList<>();
        for (StaffRoute route : server.staffRoutes()) {
            String path = route.path().replaceAll("\\{[^}]+}", "matrix-x");
            for (Caller caller : Caller.values()) {
                StaffHttp.Answer a = http.call(route.method().name(), path, tokens.get(caller), "{}");
                String verdict = check(route, caller, a);
                if (verdict != null) {
                    wrong.add(route + " as " + caller + ": " + verdict + " — got " + a);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Null when the answer is what the policy demands, else what is wrong with it. */
    private static String check(StaffRoute route, Caller caller, StaffHttp.Answer a) {
        Role role = switch (caller) {
            case OFFICIAL -> Role.OFFICIAL;
            case CALL_CENTER -> Role.CALL_CENTER;
            case ANALYST -> Role.ANALYST;
            default -> null;
        };
        Set<Role> allowed = POLICY.get(route.method() + " " + route.path());
        if (allowed == null) {
            return "route not in the policy";
        }
        boolean admitted = allowed.isEmpty() || (role != null && allowed.contains(role));
        String code = a.status() >= 400 ? a.code() : null;
        if (admitted) {
            boolean stopped = "UNAUTHENTICATED".equals(code) || "INVALID_TOKEN".equals(code) || "FORBIDDEN".equals(code);
            return stopped || a.status() == 404 && "NOT_FOUND".equals(code) && a.body().contains("No route")
                    ? "should have been let through" : null;
        }
        if (role == null) {
            String expected = caller == Caller.ANONYMOUS ? "UNAUTHENTICATED" : "INVALID_TOKEN";
            return a.status() == 401 && expected.equals(code) ? null : "expected 401 " + expected;
        }
        return a.status() == 403 && "FORBIDDEN".equals(code) ? null : "expected 403 FORBIDDEN";
    }

    /** A genuine citizen session token, as the front door issues it after verification. */
    private static String citizenToken() {
        CitizenSession session = new CitizenSession("c".repeat(64), LocalDate.of(1990, 5, 19), DEVICE, "matrix-session",
                server.clock().instant().plus(Duration.ofMinutes(30)));
        return server.frontDoor().sessionTokens().issue(session);
    }

    /** A staff token claiming OFFICIAL, signed with a key that is not the server's. */
    private static String forgedStaffToken() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new StaffTokens(key, java.time.Clock.systemUTC()).issue("official", Role.OFFICIAL).token();
    }
}
