package org.yeyak.client.citizen;

import java.time.OffsetDateTime;

/**
 * A waiting-room ticket ({@code POST /api/v1/queue/tickets}, {@code GET /api/v1/queue/tickets/{id}}).
 * {@code position} is null for a pre-queue ticket issued in the minute before the window
 * opens; {@code admissionToken} is present once {@code ADMITTED}.
 */
public record QueueTicket(String ticketId, String status, Long position, Long servingPosition,
                          Long estimatedWaitSeconds, Long pollAfterMs, OffsetDateTime opensAt,
                          String admissionToken, OffsetDateTime admissionExpiresAt) {
    public boolean waiting() {
        return "WAITING".equals(status);
    }

    public boolean admitted() {
        return "ADMITTED".equals(status);
    }

    public boolean expired() {
        return "EXPIRED".equals(status);
    }
}
