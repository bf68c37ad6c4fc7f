package org.yeyak.client.citizen;

import java.time.LocalDate;

/** A booking as {@code POST /api/v1/bookings} and {@code GET /api/v1/bookings/me} return it. */
public record Booking(String bookingId, String clinicId, LocalDate date, String vaccine, String status) {
}
