package org.yeyak.server.booking;

import io.javalin.config.RoutesConfig;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.yeyak.server.campaign.BookingAccess;
import org.yeyak.server.campaign.Campaign;
import org.yeyak.server.campaign.CampaignStore;
import org.yeyak.server.campaign.StockMirror;
import org.yeyak.server.clinic.ClinicListing;
import org.yeyak.server.clinic.ListingJson;
import org.yeyak.server.clinic.RegionStore;
import org.yeyak.server.http.ApiError;
import org.yeyak.server.http.Routes;
import org.yeyak.server.http.WebJson;

/**
 * {@code GET /api/v1/clinics?region=11&date=2021-08-26} (session headers + admission token):
 * the open clinics of a region with the doses this person may book now, per vaccination date
 * (only that date when {@code date} is given). "May book now" follows {@link BookingAccess}: on a
 * digit day only that day's tranche counts, in catch-up the leftovers and the catch-up tranche.
 * Without {@code region}, every region. Read from this node's {@link StockMirror}, not the store,
 * and written from cached clinic heads ({@link ListingJson}).
 */
public final class ClinicRoutes implements Routes {
    private final CitizenGate gate;
    private final CampaignStore campaigns;
    private final RegionStore regions;
    private final StockMirror stock;
    private final java.time.Clock clock;
    private final ListingJson json = new ListingJson(WebJson.mapper());

    public ClinicRoutes(CitizenGate gate, CampaignStore campaigns, RegionStore regions, StockMirror stock,
                        java.time.Clock clock) {
        this.gate = gate;
        this.campaigns = campaigns;
        this.regions = regions;
        this.stock = stock;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/clinics", this::list);
    }

    private void list(Context ctx) {
        Citizen citizen = gate.authenticate(ctx);
        gate.admit(ctx, citizen);
        String region = blankToNull(ctx.queryParam("region"));
        LocalDate date = parseDate(blankToNull(ctx.queryParam("date")));
        Campaign campaign = campaigns.get(citizen.campaignId())
                .orElseThrow(() -> ApiError.notFound("No campaign " + citizen.campaignId() + "."));
        if (region != null && regions.get(region).isEmpty()) {
            throw ApiError.invalidInput("region", "Unknown region " + region + ".");
        }
        if (date != null && !campaign.vaccinatesOn(date)) {
            throw ApiError.invalidInput("date", "The vaccination period is " + campaign.vaccinationFrom() + " to "
                    + campaign.vaccinationTo() + ".");
        }
        BookingAccess access = BookingAccess.online(campaign, citizen.birthDate(), clock.instant());
        ctx.contentType(ContentType.APPLICATION_JSON)
                .result(json.write(ClinicListing.list(stock, campaign, region, date, access.tranches())));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static LocalDate parseDate(String s) {
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw ApiError.invalidInput("date", "date must be YYYY-MM-DD.");
        }
    }
}
