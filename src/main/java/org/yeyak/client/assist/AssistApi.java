package org.yeyak.client.assist;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;
import org.yeyak.client.Campaign;
import org.yeyak.client.Clinic;
import org.yeyak.client.Region;
import org.yeyak.client.YeyakClient;
import org.yeyak.rules.ResidentId;

/**
 * The call-center endpoints ({@code /api/v1/assist/...}, docs/api.md) on top of the shared
 * {@link YeyakClient} and its staff token. The resident id is sent once, in the look-up's body
 * (never in a URL: URLs end up in access logs); every later call names the person by the
 * look-up's {@code personRef}. Calls block: run them in the background.
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
    public List<Campaign> campaigns() {
        return client.campaigns();
    }

    public List<Region> regions() {
        return client.regions();
    }

    public Clinic clinic(String clinicId) {
        return client.get("/api/v1/admin/clinics/" + segment(clinicId), Clinic.class);
    }

    /**
     * The person's masked identity, eligibility and bookings in the campaign. The answer's
     * {@code personRef} names the person in the calls that follow, so the number can be forgotten.
     */
    public AssistLookup lookUp(String campaignId, ResidentId residentId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("residentId", residentId.canonical());
        body.put("campaignId", campaignId);
        return client.post("/api/v1/assist/lookup", body, AssistLookup.class);
    }

    /** Open clinics of a region with what this person may book now, per vaccination date. */
    public List<ClinicAvailability> availability(String campaignId, String personRef, String region) {
        Map<String, Object> body = person(campaignId, personRef);
        body.put("region", region);
        return client.post("/api/v1/assist/availability", body, client.listOf(ClinicAvailability.class));
    }

    public AssistAnswer book(String campaignId, String personRef, String clinicId, LocalDate date,
                             IdentityCheck check) {
        return book(campaignId, personRef, clinicId, date, check, null);
    }

    /**
     * As above, with an {@code Idempotency-Key} (null: none): sending the same booking again with
     * the same key — after an answer that never came — gets the first booking back instead of
     * {@code ALREADY_BOOKED}.
     */
    public AssistAnswer book(String campaignId, String personRef, String clinicId, LocalDate date,
                             IdentityCheck check, String idempotencyKey) {
        Map<String, Object> body = person(campaignId, personRef);
        body.put("clinicId", clinicId);
        body.put("date", date);
        body.put("identityCheck", check);
        return idempotencyKey == null ? client.post("/api/v1/assist/bookings", body, AssistAnswer.class)
                : client.post("/api/v1/assist/bookings", body, AssistAnswer.class,
                        Map.of("Idempotency-Key", idempotencyKey));
    }

    public AssistAnswer move(String personRef, String bookingId, String clinicId, LocalDate date,
                             IdentityCheck check, String reason) {
        Map<String, Object> body = person(null, personRef);
        body.put("identityCheck", check);
        body.put("reason", reason);
        body.put("clinicId", clinicId);
        body.put("date", date);
        return client.post("/api/v1/assist/bookings/" + segment(bookingId) + "/move", body, AssistAnswer.class);
    }

    public AssistAnswer cancel(String personRef, String bookingId, IdentityCheck check, String reason) {
        Map<String, Object> body = person(null, personRef);
        body.put("identityCheck", check);
        body.put("reason", reason);
        return client.post("/api/v1/assist/bookings/" + segment(bookingId) + "/cancel", body, AssistAnswer.class);
    }

    private static Map<String, Object> person(String campaignId, String personRef) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("personRef", Objects.requireNonNull(personRef, "personRef"));
        if (campaignId != null) {
            body.put("campaignId", campaignId);
        }
        return body;
    }

    private static String segment(String id) {
        return HttpUrl.parse("http://x/").newBuilder().addPathSegment(id).build().encodedPath().substring(1);
    }
}
