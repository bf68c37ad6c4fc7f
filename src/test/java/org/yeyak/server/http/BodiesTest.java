package org.yeyak.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.server.ServerConfig;
import org.yeyak.server.YeyakServer;

class BodiesTest {
    @TempDir
    Path data;

    record Login(String username, String password) {
    }

    @Test
    void aNumberWhereTextIsExpectedIsAWrongTypeNamingTheField() throws Exception {
        try (YeyakServer server = YeyakServer.start(new ServerConfig("127.0.0.1", 0, data, null, null, null, false, "pw-for-tests-1"))) {
            Request req = new Request.Builder().url(server.url() + "/api/v1/staff/login")
                    .post(RequestBody.create("{\"username\":12,\"password\":\"x\"}", MediaType.get("application/json")))
                    .build();
            try (Response r = new OkHttpClient().newCall(req).execute()) {
                assertThat(r.code()).isEqualTo(400);
                String body = r.body().string();
                assertThat(body).contains("\"code\":\"INVALID_INPUT\"").contains("\"field\":\"username\"");
            }
        }
    }
}
