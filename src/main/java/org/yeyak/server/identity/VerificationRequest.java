package org.yeyak.server.identity;

/** {@code POST /api/v1/auth/verifications} body. */
public record VerificationRequest(String provider, String name, String residentId, String phone, String deviceId) {
}
