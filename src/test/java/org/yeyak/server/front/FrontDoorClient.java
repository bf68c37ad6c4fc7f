package org.yeyak.server.front;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.yeyak.client.Json;

/** A small HTTP client for the front door tests: JSON in, status + headers + JSON out. */
public final class FrontDoorClient {
    static final MediaType JSON = MediaType.get("application/json");
    final String base;
    final OkHttpClient http;

    public record Reply(int status, Headers headers, JsonNode body) {
        public String text(String field) {
            JsonNode n = body.get(field);
            return n == null || n.isNull() ? null : n.asText();
        }

        public String code() {
            return text("code");
        }
    }

    /** A citizen after verification: the session headers every later call carries. */
    public record Citizen(String token, String deviceId, JsonNode verification) {
        public Map<String, String> headers() {
            return Map.of("Authorization", "Bearer " + token, "X-Device-Id", deviceId);
        }
    }

    public FrontDoorClient(String base) {
        this.base = base;
        okhttp3.Dispatcher d = new okhttp3.Dispatcher();
        d.setMaxRequests(256);
        d.setMaxRequestsPerHost(256);
        this.http = new OkHttpClient.Builder().readTimeout(30, TimeUnit.SECONDS).dispatcher(d).build();
    }

    public Reply get(String path, Map<String, String> headers) {
        return call(new Request.Builder().url(base + path).headers(Headers.of(headers)).get().build());
    }

    public Reply get(String path) {
        return get(path, Map.of());
    }

    public Reply post(String path, Object body, Map<String, String> headers) {
        String json;
        try {
            json = body instanceof String s ? s : Json.mapper().writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return call(new Request.Builder().url(base + path).headers(Headers.of(headers))
                .post(RequestBody.create(json, JSON)).build());
    }

    public Reply post(String path, Object body) {
        return post(path, body, Map.of());
    }

    public Reply delete(String path, Map<String, String> headers) {
        return call(new Request.Builder().url(base + path).headers(Headers.of(headers)).delete().build());
    }

    Reply call(Request request) {
        try (Response r = http.newCall(request).execute()) {
            String text = r.body().string();
            JsonNode body = text.isEmpty() ? Json.mapper().nullNode() : Json.mapper().readTree(text);
            return new Reply(r.code(), r.headers(), body);
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.url() + " failed", e);
        }
    }

    /** Starts a verification: the raw answer (202 or a refusal). */
    public Reply startVerification(String provider, String name, String residentId, String deviceId) {
        return post("/api/v1/auth/verifications", Map.of("provider", provider, "name", name,
                "residentId", residentId, "phone", "010-1234-5678", "deviceId", deviceId));
    }

    /** Polls a verification until it is no longer PENDING (deadline 20 s). */
    public JsonNode awaitVerification(String verificationId) {
        return await(() -> get("/api/v1/auth/verifications/" + verificationId),
                r -> r.status() != 200 || !"PENDING".equals(r.text("status")), Duration.ofSeconds(20)).body();
    }

    /** Verifies a person with a provider and returns the session (fails the test if not VERIFIED). */
    public Citizen verify(String provider, String residentId, String deviceId) {
        Reply start = startVerification(provider, "홍길동", residentId, deviceId);
        assertThat(start.status()).as("start: %s", start.body()).isEqualTo(202);
        JsonNode done = awaitVerification(start.text("verificationId"));
        assertThat(done.path("status").asText()).as("verification: %s", done).isEqualTo("VERIFIED");
        return new Citizen(done.path("sessionToken").asText(), deviceId, done);
    }

    /** Repeats a call until the answer satisfies {@code done}, or fails after {@code deadline}. */
    public static Reply await(java.util.function.Supplier<Reply> call, Predicate<Reply> done, Duration deadline) {
        long end = System.nanoTime() + deadline.toNanos();
        Reply last = null;
        while (System.nanoTime() < end) {
            last = call.get();
            if (done.test(last)) {
                return last;
            }
            pause();
        }
        throw new AssertionError("condition not met within " + deadline + "; last answer " + last);
    }

    /** Waits until {@code condition} holds, checking every 20 ms, or fails after {@code deadline}. */
    public static void awaitTrue(java.util.function.BooleanSupplier condition, Duration deadline, String what) {
        long end = System.nanoTime() + deadline.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return;
            }
            pause();
        }
        throw new AssertionError("not within " + deadline + ": " + what);
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted");
        }
    }

    /** A valid resident number for {@code birthDate}; {@code serial} makes different people. */
    public static String residentId(LocalDate birthDate, int serial) {
        int year = birthDate.getYear();
        int sex = year >= 2000 ? 3 : 1;
        String first12 = String.format("%02d%02d%02d%d%05d", year % 100, birthDate.getMonthValue(),
                birthDate.getDayOfMonth(), sex, Math.floorMod(serial, 100_000));
        int[] weights = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += Character.digit(first12.charAt(i), 10) * weights[i];
        }
        int check = birthDate.isBefore(LocalDate.of(2020, 10, 1)) ? (11 - sum % 11) % 10 : serial % 10;
        return first12.substring(0, 6) + "-" + first12.substring(6) + check;
    }
}
