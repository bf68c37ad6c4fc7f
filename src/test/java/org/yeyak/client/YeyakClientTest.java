package org.yeyak.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.server.ServerConfig;
import org.yeyak.server.YeyakServer;

/** The typed client against a real server on a free port. */
class YeyakClientTest {
    @TempDir
    static Path data;
    static YeyakServer server;
    static YeyakClient client;

    @BeforeAll
    static void start() {
        server = YeyakServer.start(ServerConfig.embeddedDemo(data, "demo-password-1"));
        client = new YeyakClient(server.url() + "/");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void baseUrlIsKeptWithoutTrailingSlash() {
        assertThat(client.baseUrl()).isEqualTo(server.url());
    }

    @Test
    void healthIsUp() {
        assertThat(client.health().up()).isTrue();
    }

    @Test
    void anErrorAnswerBecomesAnExceptionCarryingTheServersProblem() {
        assertThatThrownBy(() -> client.get("/api/v1/no-such-thing", Health.class))
                .isInstanceOfSatisfying(ApiProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.code()).isEqualTo("NOT_FOUND");
                    assertThat(e.problem().title()).isNotBlank();
                });
    }

    @Test
    void noServerAtAllIsADistinctUnreachableException() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        YeyakClient nobody = new YeyakClient("http://127.0.0.1:" + port);
        assertThatThrownBy(nobody::health)
                .isInstanceOfSatisfying(ServerUnreachableException.class,
                        e -> assertThat(e.baseUrl()).isEqualTo("http://127.0.0.1:" + port));
    }

    @Test
    void aUrlThatIsNotHttpIsRefusedAtOnce() {
        assertThatThrownBy(() -> new YeyakClient("ftp://example.org")).isInstanceOf(IllegalArgumentException.class);
    }
}
