package org.yeyak.server.queue;

import java.time.Instant;

/**
 * One person's place in a campaign's waiting room, as stored. {@code position} is null for a
 * pre-queue ticket until its window opens ({@code opensAt}); {@code ticketNo} is the stored id,
 * also the id of the admission it leads to (one booking at most per admission).
 */
public record Ticket(String personKey, String campaignId, String ticketNo, Long position, Instant opensAt,
                     Status status, Instant issuedAt, Instant admittedAt, Instant admissionExpiresAt) {
    public enum Status { WAITING, ADMITTED, EXPIRED, USED }

    /** Still good for its holder: waiting, or admitted and not yet expired at {@code now}. */
    public boolean live(Instant now) {
        return status == Status.WAITING
                || (status == Status.ADMITTED && admissionExpiresAt != null && now.isBefore(admissionExpiresAt));
    }
}
