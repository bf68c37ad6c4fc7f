package org.yeyak.client.citizen;

/** One identity provider as {@code GET /api/v1/auth/providers} lists it, with its traffic light. */
public record ProviderStatus(String id, String name, boolean enabled, String light, int inFlight,
                             long p95LatencyMs) {
    /** GRAY providers (disabled by an official or failing) cannot be chosen. */
    public boolean selectable() {
        return enabled && !"GRAY".equals(light);
    }
}
