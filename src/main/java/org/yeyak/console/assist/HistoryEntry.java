package org.yeyak.console.assist;

import java.time.LocalDateTime;

/**
 * One thing this staff member did in this sign-in: booked, moved, cancelled, or was refused.
 * Only masked identity is kept.
 *
 * @param action  {@code BOOKED}, {@code MOVED}, {@code CANCELLED} or {@code REFUSED}
 * @param detail  clinic and date, or the refusal sentence
 */
public record HistoryEntry(LocalDateTime at, String action, String maskedResidentId, String maskedName,
                           String bookingNumber, String detail) {
}
