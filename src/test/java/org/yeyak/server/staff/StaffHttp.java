package org.yeyak.server.staff;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.yeyak.client.Json;

/** A small HTTP client for the staff tests: one call, the whole answer read. */
public final class StaffHttp {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private final OkHttpClient http = new OkHttpClient.Builder()
            .readTimeout(Duration.ofSeconds(60)).callTimeout(Duration.ofSeconds(120)).build();
    private final String base;

    public StaffHttp(String base) {
        this.base = base;
    }

    public record Answer(int status, String body, Map<String, java.util.List<String>> headers) {
        public JsonNode json() {
            try {
                return Json.mapper().readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        public String code() {
            JsonNode c = json().get("code");
            return c == null ? null : c.asText();
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /** Calls {@code method path} with an optional bearer token and body (an object, or raw text). */
    public Answer call(String method, String path, String token, Object body) {
        return call(method, path, token, body, Map.of());
    }

    /** As {@link #call(String, String, String, Object)}, with extra request headers. */
    public Answer call(String method, String path, String token, Object body, Map<String, String> headers) {
        RequestBody rb = null;
        if (body != null && !method.equals("GET") && !method.equals("HEAD")) {
            try {
                byte[] bytes = body instanceof String s ? s.getBytes(java.nio.charset.StandardCharsets.UTF_8)
                        : body instanceof byte[] b ? b : Json.mapper().writeValueAsBytes(body);
                rb = RequestBody.create(bytes, JSON);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
            rb = RequestBody.create(new byte[0], JSON);
        }
        Request.Builder rq = new Request.Builder().url(base + path).method(method, rb);
        if (token != null) {
            rq.header("Authorization", "Bearer " + token);
        }
        headers.forEach(rq::header);
        try (Response r = http.newCall(rq.build()).execute()) {
            return new Answer(r.code(), r.body().string(), r.headers().toMultimap());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        }
    }

    /** The raw bytes of a GET (OkHttp's string() would swallow a byte-order mark). */
    public byte[] getBytes(String path, String token) {
        Request.Builder rq = new Request.Builder().url(base + path);
        if (token != null) {
            rq.header("Authorization", "Bearer " + token);
        }
        try (Response r = http.newCall(rq.build()).execute()) {
            return r.body().bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }

    public Answer get(String path, String token) {
        return call("GET", path, token, null);
    }

    public Answer post(String path, String token, Object body) {
        return call("POST", path, token, body);
    }

    /** Signs in and answers the token (fails the test when sign-in fails). */
    public String login(String username, String password) {
        Answer a = post("/api/v1/staff/login", null, Map.of("username", username, "password", password));
        if (a.status() != 200) {
            throw new AssertionError("sign-in of " + username + " failed: " + a);
        }
        return a.json().get("token").asText();
    }
}
