package org.yeyak.server.booking;

import java.time.LocalDate;

/**
 * A booking as the API shows it:
 * {@code {"bookingId":"...","clinicId":"...","date":"2021-08-26","vaccine":"Pfizer","status":"CONFIRMED","campaignId":"demo-18-49"}}.
 */
public record BookingView(String bookingId, String clinicId, LocalDate date, String vaccine, String status,
                          String campaignId) {
}
