package org.yeyak.client.citizen;

import java.time.OffsetDateTime;

/**
 * A verification as the server reports it: {@code PENDING} (poll again after
 * {@code pollAfterMs}), {@code VERIFIED} (with the session token) or {@code FAILED}
 * (with a code such as {@code PROVIDER_TIMEOUT} or {@code DEVICE_CONFLICT}).
 */
public record VerificationStatus(String verificationId, String status, Long pollAfterMs, String sessionToken,
                                 OffsetDateTime expiresAt, VerifiedPerson person, String code) {
    public boolean pending() {
        return "PENDING".equals(status);
    }

    public boolean verified() {
        return "VERIFIED".equals(status);
    }

    public boolean failed() {
        return "FAILED".equals(status);
    }

    @Override
    public String toString() {
        return "VerificationStatus[" + status + (code == null ? "" : " " + code) + "]";
    }
}
