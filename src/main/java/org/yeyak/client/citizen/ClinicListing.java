package org.yeyak.client.citizen;

import java.time.LocalDate;
import java.util.Map;

/** One clinic of {@code GET /api/v1/clinics?region=&date=}, with doses left per vaccination date. */
public record ClinicListing(String clinicId, String name, String region, String address, String vaccine,
                            Map<LocalDate, Integer> available) {
    /** Doses left on that date (0 when the date is not listed). */
    public int availableOn(LocalDate date) {
        Integer n = available == null ? null : available.get(date);
        return n == null ? 0 : n;
    }
}
