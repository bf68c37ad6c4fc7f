package org.yeyak.client;

import java.time.OffsetDateTime;

/** {@code GET /api/v1/time}: the server's clock (the demo clock in demo mode), in the booking zone. */
public record ServerTime(OffsetDateTime now, String zone, boolean demo) {
}
