package org.yeyak.server.identity;

/**
 * How an identity provider behaves (simulated) or is contracted (real): the number of
 * verifications it serves at once, its nominal time for one, and the share that fail.
 * {@code enabled} is an official's switch: a disabled provider is {@code GRAY} and takes no one.
 */
public record ProviderSettings(long serviceTimeMs, int capacity, double failureRate, boolean enabled) {
    public ProviderSettings {
        if (serviceTimeMs < 0 || serviceTimeMs > 600_000) {
            throw new IllegalArgumentException("serviceTimeMs must be 0..600000");
        }
        if (capacity < 1 || capacity > 1_000_000) {
            throw new IllegalArgumentException("capacity must be 1..1000000");
        }
        if (!(failureRate >= 0 && failureRate <= 1)) {
            throw new IllegalArgumentException("failureRate must be 0..1");
        }
    }

    /** A partial change: null fields keep their value. */
    public record Patch(Long serviceTimeMs, Integer capacity, Double failureRate, Boolean enabled) {
        public ProviderSettings applyTo(ProviderSettings s) {
            return new ProviderSettings(
                    serviceTimeMs != null ? serviceTimeMs : s.serviceTimeMs(),
                    capacity != null ? capacity : s.capacity(),
                    failureRate != null ? failureRate : s.failureRate(),
                    enabled != null ? enabled : s.enabled());
        }
    }
}
