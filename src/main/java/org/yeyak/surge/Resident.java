package org.yeyak.surge;

import java.time.LocalDate;

/**
 * A synthetic person: name, a valid resident registration number, phone and home province.
 * {@link #toString()} masks the number, as everywhere in Yeyak.
 */
public record Resident(String name, String residentId, LocalDate birthDate, String phone, String region) {
    public int birthDigit() {
        return birthDate.getDayOfMonth() % 10;
    }

    @Override
    public String toString() {
        return "Resident[" + residentId.substring(0, 8) + "******, region " + region + "]";
    }
}
