package org.yeyak.client.citizen;

import java.time.LocalDate;

/** Body of {@code POST /api/v1/bookings}. */
public record BookingRequest(String clinicId, LocalDate date) {
}
