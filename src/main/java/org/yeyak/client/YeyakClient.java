package org.yeyak.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The typed HTTP client for one Yeyak server: staff calls carry the bearer token from
 * {@link #signIn}. Every error the server gives comes back as an {@link ApiProblemException}
 * (its problem+json body); no answer at all as a {@link ServerUnreachableException}.
 * Thread-safe; calls block, so UI code runs them in the background.
 */
public final class YeyakClient {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final int MAX_ERROR_TEXT = 200;

    private final HttpUrl base;
    private final OkHttpClient http;
    /** For the few calls that may take minutes (applying a national allocation). */
    private final OkHttpClient patient;
    /** For the heartbeat: a server that does not answer within seconds counts as away. */
    private final OkHttpClient quick;
    private final ObjectMapper mapper = Json.mapper();
    private volatile String token;

    public YeyakClient(String baseUrl) {
        this(baseUrl, new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(3))
                .readTimeout(Duration.ofSeconds(60))
                .callTimeout(Duration.ofSeconds(90))
                .build());
    }

    public YeyakClient(String baseUrl, OkHttpClient http) {
        HttpUrl parsed = HttpUrl.parse(Objects.requireNonNull(baseUrl, "baseUrl"));
        if (parsed == null) {
            throw new IllegalArgumentException("Not an http(s) URL: " + baseUrl);
        }
        this.base = parsed;
        this.http = http;
        this.quick = http.newBuilder().readTimeout(Duration.ofSeconds(5)).callTimeout(Duration.ofSeconds(8)).build();
        this.patient = http.newBuilder().readTimeout(Duration.ofMinutes(10)).callTimeout(Duration.ofMinutes(10)).build();
    }

    /** The server's base URL, without a trailing slash. */
    public String baseUrl() {
        String s = base.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    // ----- session -----

    /** {@code POST /api/v1/staff/login}; the token is kept for the following calls. */
    public StaffSession signIn(String username, String password) {
        StaffSession s = post("/api/v1/staff/login", Map.of("username", username, "password", password),
                StaffSession.class);
        this.token = s.token();
        return s.withUsername(username);
    }

    /** {@code POST /api/v1/staff/refresh}: a fresh token for the same sign-in (tokens live 30 minutes). */
    public StaffSession refresh(String username) {
        StaffSession s = post("/api/v1/staff/refresh", Map.of(), StaffSession.class);
        this.token = s.token();
        return s.withUsername(username);
    }

    /** Forgets the token (staff tokens are signed and simply expire on the server). */
    public void signOut() {
        this.token = null;
    }

    public boolean signedIn() {
        return token != null;
    }

    // ----- endpoints -----

    /** {@code GET /health}. */
    public Health health() {
        return get("/health", Health.class);
    }

    /** {@code GET /api/v1/time}: the server's clock; open, so it doubles as the console's heartbeat. */
    public ServerTime serverTime() {
        return call(quick, request("/api/v1/time").get().build(), mapper.constructType(ServerTime.class));
    }

    /** {@code GET /api/v1/admin/campaigns} (every staff role). */
    public List<Campaign> campaigns() {
        return get("/api/v1/admin/campaigns", listOf(Campaign.class));
    }

    /** {@code GET /api/v1/admin/campaigns/{id}}. */
    public Campaign campaign(String id) {
        return get("/api/v1/admin/campaigns/" + segment(id), Campaign.class);
    }

    /** {@code POST /api/v1/admin/campaigns} (officials); {@code 409 CAMPAIGN_EXISTS} for a taken id. */
    public Campaign createCampaign(CampaignForm form) {
        return post("/api/v1/admin/campaigns", form, Campaign.class);
    }

    /** {@code PUT /api/v1/admin/campaigns/{id}} (officials). */
    public Campaign updateCampaign(String id, CampaignForm form) {
        return put("/api/v1/admin/campaigns/" + segment(id), form, Campaign.class);
    }

    /** {@code GET /api/v1/admin/regions}: the provinces with their population. */
    public List<Region> regions() {
        return get("/api/v1/admin/regions", listOf(Region.class));
    }

    /** {@code GET /api/v1/admin/clinics}: every clinic, inactive ones included, by region, name and id. */
    public List<Clinic> clinics() {
        return get("/api/v1/admin/clinics", listOf(Clinic.class));
    }

    /** {@code POST /api/v1/admin/campaigns/{id}/allocation/preview}: nothing is written. */
    public AllocationAnswer previewAllocation(String campaignId, AllocationForm form) {
        return post("/api/v1/admin/campaigns/" + segment(campaignId) + "/allocation/preview", form, AllocationAnswer.class);
    }

    /** {@code POST /api/v1/admin/campaigns/{id}/allocation/apply}: writes the campaign's stock (booked doses kept). */
    public AllocationAnswer applyAllocation(String campaignId, AllocationForm form) {
        // Writes every stock cell of the campaign in one transaction: minutes for a national campaign on a busy server.
        Request request = request("/api/v1/admin/campaigns/" + segment(campaignId) + "/allocation/apply")
                .post(jsonBody(form)).build();
        return call(patient, request, mapper.constructType(AllocationAnswer.class));
    }

    // ----- plumbing shared by the endpoint methods -----

    public <T> T get(String path, Class<T> type) {
        return call(request(path).get().build(), mapper.constructType(type));
    }

    public <T> T get(String path, JavaType type) {
        return call(request(path).get().build(), type);
    }

    public <T> T post(String path, Object body, Class<T> type) {
        return call(request(path).post(jsonBody(body)).build(), mapper.constructType(type));
    }

    public <T> T post(String path, Object body, JavaType type) {
        return call(request(path).post(jsonBody(body)).build(), type);
    }

    /** A POST with extra headers (such as {@code Idempotency-Key}). */
    public <T> T post(String path, Object body, Class<T> type, java.util.Map<String, String> headers) {
        Request.Builder b = request(path).post(jsonBody(body));
        headers.forEach(b::header);
        return call(b.build(), mapper.constructType(type));
    }

    public <T> T put(String path, Object body, Class<T> type) {
        return call(request(path).put(jsonBody(body)).build(), mapper.constructType(type));
    }

    public void delete(String path) {
        call(request(path).delete().build(), null);
    }

    /** A Jackson type for generic answers, e.g. {@code listOf(Campaign.class)}. */
    public JavaType listOf(Class<?> element) {
        return mapper.getTypeFactory().constructCollectionType(java.util.List.class, element);
    }

    /** One path segment, percent-encoded (ids come from users). */
    private static String segment(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Request.Builder request(String path) {
        HttpUrl url = base.resolve(path);
        if (url == null) {
            throw new IllegalArgumentException("Bad path: " + path);
        }
        Request.Builder b = new Request.Builder().url(url).header("Accept", "application/json");
        String t = token;
        if (t != null) {
            b.header("Authorization", "Bearer " + t);
        }
        return b;
    }

    private RequestBody jsonBody(Object body) {
        try {
            return RequestBody.create(mapper.writeValueAsBytes(body), JSON);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write request body", e);
        }
    }

    private <T> T call(Request request, JavaType type) {
        return call(http, request, type);
    }

    private <T> T call(OkHttpClient client, Request request, JavaType type) {
        try (Response response = client.newCall(request).execute()) {
            ResponseBody body = response.body();
            byte[] bytes = body.bytes();
            if (!response.isSuccessful()) {
                throw new ApiProblemException(problemOf(response.code(), bytes));
            }
            if (type == null || bytes.length == 0) {
                return null;
            }
            return mapper.readValue(bytes, type);
        } catch (ApiProblemException e) {
            throw e;
        } catch (JsonProcessingException e) {
            // The server answered 2xx with something this client cannot read: a version mismatch.
            throw new ApiProblemException(new Problem(200, "Unexpected answer from the server",
                    "The answer to " + request.method() + " " + request.url().encodedPath()
                            + " could not be read: " + e.getOriginalMessage(), "CLIENT_UNREADABLE_ANSWER"));
        } catch (java.io.InterruptedIOException e) {
            // No answer in time: connected (or not) but silent; the request may still complete on the server.
            throw new ServerUnreachableException(baseUrl(), e, true);
        } catch (IOException e) {
            throw new ServerUnreachableException(baseUrl(), e, false);
        }
    }

    /** The server's problem+json, or a problem made up from the status when a proxy answered instead. */
    private Problem problemOf(int status, byte[] bytes) {
        try {
            Problem p = mapper.readValue(bytes, Problem.class);
            if (p.code() != null || p.title() != null) {
                return p.status() == 0 ? new Problem(status, p.title(), p.detail(), p.code()) : p;
            }
        } catch (IOException notJson) {
            // fall through: not problem+json (e.g. an HTML page from a proxy)
        }
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).strip();
        if (text.length() > MAX_ERROR_TEXT) {
            text = text.substring(0, MAX_ERROR_TEXT) + "…";
        }
        return new Problem(status, "HTTP " + status, text.isEmpty() ? null : text, "HTTP_" + status);
    }
}
