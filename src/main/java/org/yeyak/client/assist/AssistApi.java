package org.yeyak.client.assist;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;
import org.yeyak.client.YeyakClient;
import org.yeyak.rules.ResidentId;

/**
 * The call-center endpoints ({@code /api/v1/assist/...}, docs/api.md) on top of the shared
 * {@link YeyakClient} and its staff token. The resident id travels only in request bodies,
 * never in a URL (URLs end up in access logs). Calls block: run them in the background.
 */
public final class AssistApi {
    private final YeyakClient client;

    public AssistApi(YeyakClient client) {
        this.client = Objects.requireNonNull(client);
    }

    /** The server's clock (the demo clock in demo mode): which campaign is running is decided by it. */
    public java.time.OffsetDateTime serverNow() {
        return client.serverTime().now();
    }

    /** Campaigns the staff member may book within (officials' list, readable by call-center staff). */
    public List<CampaignInfo> campaigns() {
        return client.get("/api/v1/admin/campaigns", client.listOf(CampaignInfo.class));
    }

    public List<RegionInfo> regions() {
        return client.get("/api/v1/admin/regions", client.listOf(RegionInfo.class));
    }

    public ClinicInfo clinic(String clinicId) {
        return client.get("/api/v1/admin/clinics/" + segment(clinicId), ClinicInfo.class);
    }

    /** The person's masked identity, eligibility for the campaign and active booking. */
    public AssistPerson lookUp(String campaignId, ResidentId residentId, String name) {
        Map<String, Object> body = person(campaignId, residentId);
        body.put("name", name);
        return client.post("/api/v1/assist/people/lookup", body, AssistPerson.class);
    }

    /** Open clinics of a region with what this person may book now, per vaccination date. */
    public List<ClinicAvailability> clinics(String campaignId, ResidentId residentId, String region) {
        Map<String, Object> body = person(campaignId, residentId);
        body.put("region", region);
        return client.post("/api/v1/assist/clinics", body, client.listOf(ClinicAvailability.class));
    }

    public AssistBooking book(String campaignId, ResidentId residentId, String name, String clinicId, LocalDate date,
                              IdentityCheck check) {
        Map<String, Object> body = person(campaignId, residentId);
        body.put("name", name);
        body.put("clinicId", clinicId);
        body.put("date", date);
        body.put("identityCheck", check);
        return client.post("/api/v1/assist/bookings", body, AssistBooking.class);
    }

    public AssistBooking move(String campaignId, ResidentId residentId, String bookingId, String clinicId,
                              LocalDate date, IdentityCheck check, String reason) {
        Map<String, Object> body = person(campaignId, residentId);
        body.put("clinicId", clinicId);
        body.put("date", date);
        body.put("identityCheck", check);
        body.put("reason", reason);
        return client.post("/api/v1/assist/bookings/" + segment(bookingId) + "/move", body, AssistBooking.class);
    }

    public AssistBooking cancel(String campaignId, ResidentId residentId, String bookingId, IdentityCheck check,
                                String reason) {
        Map<String, Object> body = person(campaignId, residentId);
        body.put("identityCheck", check);
        body.put("reason", reason);
        return client.post("/api/v1/assist/bookings/" + segment(bookingId) + "/cancel", body, AssistBooking.class);
    }

    private static Map<String, Object> person(String campaignId, ResidentId residentId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("campaignId", campaignId);
        body.put("residentId", residentId.canonical());
        return body;
    }

    private static String segment(String id) {
        return HttpUrl.parse("http://x/").newBuilder().addPathSegment(id).build().encodedPath().substring(1);
    }
}
