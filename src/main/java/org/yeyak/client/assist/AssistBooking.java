package org.yeyak.client.assist;

import java.time.LocalDate;

/**
 * A booking as the assist endpoints answer it (the public booking shape, API.md).
 * {@code status} is {@code CONFIRMED} or {@code CANCELLED}.
 */
public record AssistBooking(String bookingId, String clinicId, LocalDate date, String vaccine, String status,
                            String campaignId) {
    public boolean active() {
        return "CONFIRMED".equals(status);
    }
}
