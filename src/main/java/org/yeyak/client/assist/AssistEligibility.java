package org.yeyak.client.assist;

import java.time.OffsetDateTime;

/**
 * Whether the person may be booked now. When not: {@code code} as the queue's refusals
 * ({@code NOT_ELIGIBLE}, {@code WINDOW_NOT_OPEN}, {@code WINDOW_CLOSED}), {@code reason} for
 * {@code NOT_ELIGIBLE} ({@code COHORT}, {@code NOT_YOUR_DAY}), {@code opensAt} when their own
 * next window opens, where that applies, and the server's {@code detail}.
 */
public record AssistEligibility(boolean eligible, String code, String reason, OffsetDateTime opensAt, String detail) {
    /** The most specific of reason and code: what a refusal sentence is chosen by. */
    public String why() {
        return "NOT_ELIGIBLE".equals(code) && reason != null ? reason : code;
    }
}
