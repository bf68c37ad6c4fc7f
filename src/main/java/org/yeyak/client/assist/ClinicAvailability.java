package org.yeyak.client.assist;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** A clinic with the doses this person may book now, per vaccination date. */
public record ClinicAvailability(String clinicId, String name, String region, String address, String vaccine,
                                 Map<LocalDate, Integer> available) {
    public ClinicAvailability {
        available = available == null ? Map.of() : new TreeMap<>(available);
    }

    public int totalAvailable() {
        return available.values().stream().mapToInt(Integer::intValue).sum();
    }
}
