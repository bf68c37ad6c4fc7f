package org.yeyak.surge;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.yeyak.client.Json;

/**
 * The analysts' booking report ({@code GET /api/v1/admin/reports/bookings?by=region}, staff
 * sign-in), read before and after a run when a staff password is given: per province,
 * standing bookings, stock allocated and remaining. It checks what the citizen API cannot
 * show: no province holds more bookings than it was allocated, allocated − remaining equals
 * the standing bookings (the stock ledger balances), and the province's bookings grew by
 * exactly this run's bookings there.
 */
final class StaffReport {
    /** One province's line of the report. */
    record Region(long confirmed, long allocated, long remaining) {
    }

    private static final MediaType JSON = MediaType.get("application/json");
    private final OkHttpClient http;
    private final HttpUrl base;
    private final String user;
    private final String password;
    private final String campaignId;

    StaffReport(OkHttpClient http, HttpUrl base, String user, String password, String campaignId) {
        this.http = http;
        this.base = base;
        this.user = user;
        this.password = password;
        this.campaignId = campaignId;
    }

    /** The report by province, or throws IllegalStateException saying why it could not be read. */
    Map<String, Region> read() {
        try {
            String token = login();
            HttpUrl url = base.resolve("/api/v1/admin/reports/bookings").newBuilder()
                    .addQueryParameter("campaignId", campaignId).addQueryParameter("by", "region").build();
            Request req = new Request.Builder().url(url).header("Authorization", "Bearer " + token).build();
            try (Response r = http.newCall(req).execute()) {
                if (r.code() != 200) {
                    throw new IllegalStateException("the booking report answered " + r.code());
                }
                JsonNode rows = Json.mapper().readTree(r.body().bytes()).path("rows");
                Map<String, Region> out = new TreeMap<>();
                for (JsonNode row : rows) {
                    out.put(row.path("region").asText(), new Region(row.path("confirmed").asLong(),
                            row.path("allocated").asLong(), row.path("remaining").asLong()));
                }
                return out;
            }
        } catch (IOException e) {
            throw new IllegalStateException("the booking report could not be read: " + e.getMessage(), e);
        }
    }

    private String login() throws IOException {
        byte[] body = Json.mapper().writeValueAsBytes(Map.of("username", user, "password", password));
        Request req = new Request.Builder().url(base.resolve("/api/v1/staff/login"))
                .post(RequestBody.create(body, JSON)).build();
        try (Response r = http.newCall(req).execute()) {
            if (r.code() != 200) {
                throw new IllegalStateException("staff sign-in as " + user + " answered " + r.code());
            }
            return Json.mapper().readTree(r.body().bytes()).path("token").asText();
        }
    }

    /** Compares the reports before and after with this run's bookings per province. */
    static SurgeReport.RegionLedger compare(Map<String, Region> before, Map<String, Region> after,
                                            Map<String, Integer> oursByRegion) {
        long over = 0;
        long ledger = 0;
        long delta = 0;
        for (Map.Entry<String, Region> e : after.entrySet()) {
            Region a = e.getValue();
            if (a.confirmed() > a.allocated() || a.remaining() < 0) {
                over++;
            }
            if (a.allocated() - a.remaining() != a.confirmed()) {
                ledger++;
            }
            Region b = before.getOrDefault(e.getKey(), new Region(0, a.allocated(), a.allocated()));
            if (a.confirmed() - b.confirmed() != oursByRegion.getOrDefault(e.getKey(), 0)) {
                delta++;
            }
        }
        return new SurgeReport.RegionLedger(true, after.size(), over, ledger, delta, null);
    }

    static Map<String, Integer> byRegion(Iterable<RunContext.Visit> visits) {
        Map<String, Integer> out = new HashMap<>();
        for (RunContext.Visit v : visits) {
            if (v.booking() != null) {
                out.merge(v.region(), 1, Integer::sum);
            }
        }
        return out;
    }
}
