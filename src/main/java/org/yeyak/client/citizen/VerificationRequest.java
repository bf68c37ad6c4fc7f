package org.yeyak.client.citizen;

/** Body of {@code POST /api/v1/auth/verifications}. */
public record VerificationRequest(String provider, String name, String residentId, String phone,
                                  String deviceId) {
    /** Never print the resident id in the clear. */
    @Override
    public String toString() {
        return "VerificationRequest[provider=" + provider + ", deviceId=" + deviceId + "]";
    }
}
