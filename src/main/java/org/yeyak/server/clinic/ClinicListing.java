package org.yeyak.server.clinic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.yeyak.server.campaign.Campaign;
import org.yeyak.server.campaign.StockMirror;
import org.yeyak.server.campaign.StockStore;

/**
 * Clinics with the doses one may book there: what {@code GET /api/v1/clinics} shows a citizen,
 * and what a staff member booking for someone needs. Which tranches count is the caller's
 * ({@link org.yeyak.server.campaign.BookingAccess#tranches()} for that person now).
 */
public final class ClinicListing {
    private final ClinicStore clinics;
    private final StockStore stock;

    public ClinicListing(ClinicStore clinics, StockStore stock) {
        this.clinics = clinics;
        this.stock = stock;
    }

    /** One clinic and its bookable doses per vaccination date (JSON shape of API.md). */
    public record ClinicAvailability(String clinicId, String name, String region, String address, String vaccine,
                                     Map<LocalDate, Integer> available) {
    }

    /**
     * The open clinics of {@code region} (all when null) that hold stock of the campaign, by region
     * then name, with the doses left in {@code tranches} on {@code date} (every vaccination date
     * when null). {@code vaccine} is the clinic's own or else the campaign's.
     */
    public List<ClinicAvailability> list(Campaign campaign, String region, LocalDate date, Collection<String> tranches) {
        Map<String, Map<LocalDate, Integer>> available = stock.available(campaign.id(), region, date, tranches);
        List<ClinicAvailability> out = new ArrayList<>();
        for (Clinic k : clinics.list(region)) {
            Map<LocalDate, Integer> a = available.get(k.id());
            if (k.active() && a != null) {
                out.add(new ClinicAvailability(k.id(), k.name(), k.region(), k.address(),
                        k.vaccine() != null ? k.vaccine() : campaign.vaccine(), a));
            }
        }
        return out;
    }

    /**
     * The same listing from this node's {@link StockMirror} (what citizens read at the surge: no
     * store query; the booking, not the listing, is the atomic check).
     */
    public static List<ClinicAvailability> list(StockMirror mirror, Campaign campaign, String region, LocalDate date,
                                                Collection<String> tranches) {
        List<ClinicAvailability> out = new ArrayList<>();
        for (StockMirror.Listed l : mirror.available(campaign.id(), region, date, tranches)) {
            Clinic k = l.clinic();
            out.add(new ClinicAvailability(k.id(), k.name(), k.region(), k.address(),
                    k.vaccine() != null ? k.vaccine() : campaign.vaccine(), l.available()));
        }
        return out;
    }
}
