package org.yeyak.client.assist;

import java.time.OffsetDateTime;

/**
 * Whether the person may be booked for now: {@code reason} is null when eligible, else
 * {@code COHORT}, {@code NOT_YOUR_DAY}, {@code WINDOW_NOT_OPEN} or {@code WINDOW_CLOSED};
 * {@code opensAt} is when their own next window opens, where that applies.
 */
public record AssistEligibility(boolean eligible, String reason, OffsetDateTime opensAt) {
}
