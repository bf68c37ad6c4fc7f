package org.yeyak.surge;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.yeyak.client.Json;

/**
 * The calls a run makes around the citizens: health, and the demo server's clock and providers.
 * With several nodes each call goes to every node: the demo clock lives in each node's memory,
 * and a provider's settings, though kept in the store, reach the other nodes only at their next
 * re-read (within a second) — sent to all, every node applies them at once.
 */
final class SetupCalls {
    private static final MediaType JSON = MediaType.get("application/json");
    private final OkHttpClient http;
    private final List<HttpUrl> nodes;

    SetupCalls(OkHttpClient http, HttpUrl base) {
        this(http, List.of(base));
    }

    SetupCalls(OkHttpClient http, List<HttpUrl> nodes) {
        this.http = http;
        this.nodes = List.copyOf(nodes);
    }

    void requireHealthy() {
        for (HttpUrl base : nodes) {
            Request req = new Request.Builder().url(base.resolve("/health")).build();
            try (Response r = http.newCall(req).execute()) {
                if (r.code() != 200) {
                    throw new IllegalStateException("the server at " + base + " is not healthy (GET /health → "
                            + r.code() + ")");
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot reach " + base + ": " + e.getMessage(), e);
            }
        }
    }

    /** {@code POST /api/v1/demo/clock}: only a demo server has it. */
    void moveDemoClock(Instant at) {
        OffsetDateTime local = at.atZone(SurgeConfig.CAMPAIGN_ZONE).toOffsetDateTime();
        post("/api/v1/demo/clock", Map.of("at", local.toString()), "move the demo clock");
    }

    /** {@code POST /api/v1/demo/providers/{id}} with the given settings. */
    void tuneProvider(String id, Map<String, Object> settings) {
        post("/api/v1/demo/providers/" + id, settings, "tune provider " + id);
    }

    private void post(String path, Object body, String what) {
        for (HttpUrl base : nodes) {
            try {
                Request req = new Request.Builder().url(base.resolve(path))
                        .post(RequestBody.create(Json.mapper().writeValueAsBytes(body), JSON)).build();
                try (Response r = http.newCall(req).execute()) {
                    if (r.code() != 200) {
                        throw new IllegalStateException("could not " + what + " on " + base + " (" + path + " → "
                                + r.code() + "; is the server in --demo mode?)");
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("could not " + what + " on " + base + ": " + e.getMessage(), e);
            }
        }
    }
}
