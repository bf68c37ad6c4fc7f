package org.yeyak.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.server.staff.StaffHttp;

class ProviderAdminTest {
    @TempDir
    static Path data;
    static AdminFixture f;

    @BeforeAll
    static void start() {
        f = AdminFixture.start(data);
    }

    @AfterAll
    static void stop() {
        f.server.close();
    }

    @Test
    void aDisabledProviderTurnsGrayForCitizensAndComesBackWhenEnabled() {
        StaffHttp.Answer off = f.http.call("PUT", "/api/v1/admin/providers/naver", f.admin, Map.of("enabled", false));
        assertThat(off.status()).as(off.toString()).isEqualTo(200);
        assertThat(off.json().get("enabled").asBoolean()).isFalse();
        assertThat(waitForLight("naver", "GRAY")).isTrue();

        StaffHttp.Answer on = f.http.call("PUT", "/api/v1/admin/providers/naver", f.admin, Map.of("enabled", true));
        assertThat(on.json().get("enabled").asBoolean()).isTrue();
        assertThat(waitForLight("naver", "GREEN")).isTrue();
        assertThat(f.server.audit().list(0, 10_000)).extracting(e -> e.action())
                .contains("PROVIDER_DISABLED", "PROVIDER_ENABLED");
    }

    @Test
    void theProviderListShowsFiguresAndUnknownProvidersAreNotFound() {
        JsonNode list = f.http.get("/api/v1/admin/providers", f.admin).json();
        assertThat(list.findValuesAsText("id")).contains("kakao", "naver", "pass", "mobile", "ipin", "certificate");
        assertThat(list.get(0).has("p95LatencyMs")).isTrue();
        assertThat(f.http.call("PUT", "/api/v1/admin/providers/yahoo", f.admin, Map.of("enabled", false)).status())
                .isEqualTo(404);
        assertThat(f.http.call("PUT", "/api/v1/admin/providers/kakao", f.admin, Map.of()).json().get("field").asText())
                .isEqualTo("enabled");
    }

    /** The citizens' provider list, polled until the light shows (or 10 s pass). */
    private static boolean waitForLight(String id, String light) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode p : f.http.get("/api/v1/auth/providers", null).json()) {
                if (id.equals(p.get("id").asText()) && light.equals(p.get("light").asText())) {
                    return true;
                }
            }
            java.util.concurrent.locks.LockSupport.parkNanos(50_000_000L); // poll again shortly
        }
        return false;
    }
}
