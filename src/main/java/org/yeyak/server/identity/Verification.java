package org.yeyak.server.identity;

import java.time.Instant;
import java.time.LocalDate;

/** A verification as stored: who (keyed), which device and provider, and where it stands. */
public record Verification(String id, String personKey, String deviceId, String providerId, Status status,
                           String failureCode, LocalDate birthDate, String maskedName, String sessionId,
                           Instant sessionExpiresAt, Instant createdAt, Instant deadline) {
    public enum Status { PENDING, VERIFIED, FAILED }
}
