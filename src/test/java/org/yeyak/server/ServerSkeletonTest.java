package org.yeyak.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerSkeletonTest {
    @TempDir
    static Path data;
    static YeyakServer server;
    static final OkHttpClient http = new OkHttpClient();

    @BeforeAll
    static void start() {
        server = YeyakServer.start(new ServerConfig("127.0.0.1", 0, data, null, null, null, false, null));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void healthIsUpOnceTheStoreIsOpen() throws Exception {
        try (Response r = http.newCall(new Request.Builder().url(server.url() + "/health").build()).execute()) {
            assertThat(r.code()).isEqualTo(200);
            assertThat(r.body().string()).contains("\"status\":\"UP\"");
        }
    }

    @Test
    void unknownRouteIsAProblemWithCodeNotFound() throws Exception {
        try (Response r = http.newCall(new Request.Builder().url(server.url() + "/api/v1/nope").build()).execute()) {
            assertThat(r.code()).isEqualTo(404);
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
            assertThat(r.body().string()).contains("\"code\":\"NOT_FOUND\"");
        }
    }

    @Test
    void oversizedBodyIsInvalidInput() throws Exception {
        byte[] big = new byte[70 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        Request req = new Request.Builder().url(server.url() + "/health")
                .post(RequestBody.create(big, MediaType.get("application/json"))).build();
        try (Response r = http.newCall(req).execute()) {
            assertThat(r.code()).isIn(400, 404);
            assertThat(r.body().string()).contains("\"code\"");
        }
    }

    @Test
    void serverKeysPersistAcrossInstances() {
        byte[] a = new org.yeyak.server.security.ServerKeys(data).secret("test-key");
        byte[] b = new org.yeyak.server.security.ServerKeys(data).secret("test-key");
        assertThat(a).hasSize(32).isEqualTo(b);
    }
}
