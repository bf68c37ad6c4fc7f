package org.yeyak.server.campaign;

import java.time.LocalDate;
import java.util.Objects;

/** Doses of one (clinic, vaccination date, tranche) of a campaign: allocated, and not yet booked. */
public record StockCell(String clinicId, LocalDate date, String tranche, int allocated, int remaining) {
    public StockCell {
        Objects.requireNonNull(clinicId, "clinicId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(tranche, "tranche");
        if (allocated < 0 || remaining < 0 || remaining > allocated) {
            throw new IllegalArgumentException("need 0 <= remaining <= allocated");
        }
    }

    public int booked() {
        return allocated - remaining;
    }
}
