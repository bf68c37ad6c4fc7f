package org.yeyak.server.queue;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A ticket as the API shows it ({@code POST /api/v1/queue/tickets}, {@code GET .../{ticketId}}).
 * {@code position} is written even when null: a pre-queue ticket has {@code "position": null}.
 */
public record TicketView(String ticketId, String campaignId, String status,
                         @JsonInclude(JsonInclude.Include.ALWAYS) Long position,
                         Long servingPosition, Long estimatedWaitSeconds, Long pollAfterMs, String opensAt,
                         String admissionToken, Instant admissionExpiresAt, String reason) {
}
