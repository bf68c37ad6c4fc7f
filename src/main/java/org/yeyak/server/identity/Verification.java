package org.yeyak.server.identity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A verification as it was started: who (keyed), which device and provider, what the session
 * will say, and by when the provider must have answered. It is not stored: it travels sealed in
 * the verification id ({@link VerificationIds}), so any node can answer a poll, and only its
 * outcome is written ({@link VerificationStore}).
 */
public record Verification(String id, String personKey, String deviceId, String providerId, LocalDate birthDate,
                           String maskedName, Instant createdAt, Instant deadline) {

    /** Where a verification stands. */
    public record Outcome(Status status, String failureCode, String sessionId, Instant sessionExpiresAt) {
        static Outcome verified(String sessionId, Instant expiresAt) {
            return new Outcome(Status.VERIFIED, null, sessionId, expiresAt);
        }

        static Outcome failed(String code) {
            return new Outcome(Status.FAILED, code, null, null);
        }
    }

    public enum Status { PENDING, VERIFIED, FAILED }
}
