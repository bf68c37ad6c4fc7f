package org.yeyak.server.admission;

import java.time.Duration;

/**
 * The front door's tunable figures (verification, sessions, waiting room, admission).
 * Read from system properties ({@code -Dyeyak.session.ttl=PT30M}, ...) so that an
 * operator can tune a node without a new command-line flag, and tests can make
 * everything fast. Durations are ISO-8601 ({@code PT10M}); every node of a cluster
 * should run with the same values.
 */
public record FrontDoorSettings(
        Duration verificationRateLimit,   // yeyak.verification.rateLimit: one completed verification per person per ...
        Duration verificationTimeout,     // yeyak.verification.timeout: a provider slower than this is PROVIDER_TIMEOUT
        Duration sessionTtl,              // yeyak.session.ttl: a citizen session lives this long
        double providerTimeScale,         // yeyak.providers.timeScale: multiplies every simulated service time
        Duration providerStatsWindow,     // yeyak.providers.statsWindow: latency/throughput/error window per provider
        Duration circuitOpenFor,          // yeyak.providers.circuitOpenFor: a provider failing hard stays GRAY this long
        Duration preQueue,                // yeyak.queue.preQueue: the fair-start minute before a window opens
        Duration servingCache,            // yeyak.queue.servingCache: how long a node reuses the counters it read
        Duration admissionTtl,            // yeyak.admission.ttl: an admitted place unused for this long expires
        Duration admissionHoldsPlace,     // yeyak.admission.holdsPlaceFor: and counts against maxActive this long at most
        Duration controllerTick,          // yeyak.admission.tick: how often the admission controller runs
        double initialRate,               // yeyak.admission.initialRate: admissions per second at start
        double minRate,                   // yeyak.admission.minRate
        double maxRate,                   // yeyak.admission.maxRate
        int maxActive,                    // yeyak.admission.maxActive: admitted places in use at once, at most
        long bookingTargetP95Ms,          // yeyak.booking.targetP95Ms: booking slower than this slows admission
        double bookingMaxErrorRate) {     // yeyak.booking.maxErrorRate: more failures than this slows admission

    public static FrontDoorSettings defaults() {
        return new FrontDoorSettings(Duration.ofMinutes(10), Duration.ofSeconds(30), Duration.ofMinutes(30),
                1.0, Duration.ofSeconds(10), Duration.ofSeconds(15),
                Duration.ofMinutes(1), Duration.ofMillis(200), Duration.ofMinutes(5), Duration.ofMinutes(1),
                Duration.ofMillis(250),
                50, 2, 5000, 20_000, 1500, 0.02);
    }

    /** The defaults, overridden by any {@code yeyak.*} system property that is set. */
    public static FrontDoorSettings fromSystemProperties() {
        FrontDoorSettings d = defaults();
        return new FrontDoorSettings(
                duration("yeyak.verification.rateLimit", d.verificationRateLimit),
                duration("yeyak.verification.timeout", d.verificationTimeout),
                duration("yeyak.session.ttl", d.sessionTtl),
                number("yeyak.providers.timeScale", d.providerTimeScale),
                duration("yeyak.providers.statsWindow", d.providerStatsWindow),
                duration("yeyak.providers.circuitOpenFor", d.circuitOpenFor),
                duration("yeyak.queue.preQueue", d.preQueue),
                duration("yeyak.queue.servingCache", d.servingCache),
                duration("yeyak.admission.ttl", d.admissionTtl),
                duration("yeyak.admission.holdsPlaceFor", d.admissionHoldsPlace),
                duration("yeyak.admission.tick", d.controllerTick),
                number("yeyak.admission.initialRate", d.initialRate),
                number("yeyak.admission.minRate", d.minRate),
                number("yeyak.admission.maxRate", d.maxRate),
                (int) number("yeyak.admission.maxActive", d.maxActive),
                (long) number("yeyak.booking.targetP95Ms", d.bookingTargetP95Ms),
                number("yeyak.booking.maxErrorRate", d.bookingMaxErrorRate));
    }

    private static Duration duration(String name, Duration fallback) {
        String v = System.getProperty(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Duration.parse(v.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name + " must be an ISO-8601 duration such as PT10M, not " + v);
        }
    }

    private static double number(String name, double fallback) {
        String v = System.getProperty(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, not " + v);
        }
    }
}
