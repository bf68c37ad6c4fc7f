package org.yeyak.server.identity;

/** A provider's answer: it vouches for the claimed person, or it failed with a stable code. */
public record ProviderOutcome(boolean verified, String failureCode) {
    public static final String PROVIDER_ERROR = "PROVIDER_ERROR";
    public static final String PROVIDER_TIMEOUT = "PROVIDER_TIMEOUT";
    public static final String IDENTITY_MISMATCH = "IDENTITY_MISMATCH";

    public static ProviderOutcome ok() {
        return new ProviderOutcome(true, null);
    }

    public static ProviderOutcome failed(String code) {
        return new ProviderOutcome(false, code);
    }
}
