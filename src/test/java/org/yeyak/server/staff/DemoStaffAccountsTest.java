package org.yeyak.server.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.server.ServerConfig;
import org.yeyak.server.YeyakServer;

/** (The random demo password, printed once by ServerMain, is {@link DemoPasswordNoticeTest}.) */
class DemoStaffAccountsTest {
    @TempDir
    Path data;

    @Test
    void demoAccountsDoNotSurviveARestartWithoutDemoMode() {
        try (YeyakServer demo = YeyakServer.start(ServerConfig.embeddedDemo(data, "pw-demo-1234"))) {
            assertThat(new StaffHttp(demo.url()).login("analyst", "pw-demo-1234")).isNotBlank();
        }
        ServerConfig plain = new ServerConfig("127.0.0.1", 0, data, null, null, null, false, "pw-demo-1234");
        try (YeyakServer server = YeyakServer.start(plain)) {
            assertThat(server.demoStaffPassword()).isEmpty();
            StaffHttp.Answer a = new StaffHttp(server.url()).post("/api/v1/staff/login", null,
                    Map.of("username", "analyst", "password", "pw-demo-1234"));
            assertThat(a.status()).isEqualTo(401);
            assertThat(a.code()).isEqualTo("INVALID_CREDENTIALS");
        }
    }
}
