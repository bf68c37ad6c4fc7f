package org.yeyak.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.yeyak.client.Json;

/** A small HTTP client for tests: one call, its status, headers and JSON body. */
public final class Api {
    private static final MediaType JSON = MediaType.get("application/json");
    private final String base;
    private final OkHttpClient http;

    public Api(String base) {
        this.base = base;
        Dispatcher d = new Dispatcher();
        d.setMaxRequests(512);
        d.setMaxRequestsPerHost(512);
        this.http = new OkHttpClient.Builder().dispatcher(d).connectionPool(new ConnectionPool(256, 1, java.util.concurrent.TimeUnit.MINUTES))
                .callTimeout(Duration.ofSeconds(60)).retryOnConnectionFailure(false).build();
    }

    /** The answer to one call. */
    public record Reply(int status, String contentType, String text, Map<String, String> headers) {
        public JsonNode json() {
            try {
                return Json.mapper().readTree(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String code() {
            return json().path("code").asText(null);
        }
    }

    /** A citizen's headers: the test gate's resident header, plus any others given as name, value pairs. */
    public static Map<String, String> citizen(String resident, String... more) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put(TestCitizenGate.RESIDENT, resident);
        for (int i = 0; i + 1 < more.length; i += 2) {
            h.put(more[i], more[i + 1]);
        }
        return h;
    }

    public Reply get(String path, Map<String, String> headers) {
        return call(new Request.Builder().url(base + path).get(), headers);
    }

    public Reply post(String path, String body, Map<String, String> headers) {
        return call(new Request.Builder().url(base + path).post(RequestBody.create(body, JSON)), headers);
    }

    public Reply delete(String path, Map<String, String> headers) {
        return call(new Request.Builder().url(base + path).delete(), headers);
    }

    /** Books {@code clinicId} on {@code date} as {@code resident}, with a fresh key and admission token. */
    public Reply book(String resident, String clinicId, String date, String key, String admission) {
        return post("/api/v1/bookings", "{\"clinicId\":\"" + clinicId + "\",\"date\":\"" + date + "\"}",
                citizen(resident, "Idempotency-Key", key, TestCitizenGate.ADMISSION, admission));
    }

    private Reply call(Request.Builder b, Map<String, String> headers) {
        headers.forEach(b::header);
        try (Response r = http.newCall(b.build()).execute()) {
            Map<String, String> h = new LinkedHashMap<>();
            r.headers().forEach(p -> h.put(p.getFirst().toLowerCase(java.util.Locale.ROOT), p.getSecond()));
            return new Reply(r.code(), r.header("Content-Type"), r.body().string(), h);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
