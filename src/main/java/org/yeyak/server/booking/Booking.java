package org.yeyak.server.booking;

import java.time.Instant;
import java.time.LocalDate;
import org.yeyak.server.security.PersonKey;

/**
 * A booking as stored. {@code status} is {@code CONFIRMED} or {@code CANCELLED}; {@code tranche}
 * is the stock tranche its dose came from (and goes back to on cancellation).
 */
public record Booking(String id, String campaignId, PersonKey person, String clinicId, LocalDate date,
                      String tranche, String vaccine, String status, Channel channel, String actor,
                      Instant createdAt, Instant cancelledAt) {
    public static final String CONFIRMED = "CONFIRMED";
    public static final String CANCELLED = "CANCELLED";

    /** How the booking was made: by the citizen online, or by staff for them. */
    public enum Channel { ONLINE, ASSISTED }

    public boolean active() {
        return CONFIRMED.equals(status);
    }

    /** The public JSON shape (API.md). */
    public BookingView view() {
        return new BookingView(id, clinicId, date, vaccine, status, campaignId);
    }
}
