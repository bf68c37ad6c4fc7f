package org.yeyak.rules;

/**
 * Where a provider's light changes colour, and how sticky it is.
 *
 * <p>A sample is RED when any of load (in-flight / capacity), latency ratio (p95 / nominal) or
 * error rate reaches its red threshold, else YELLOW when any reaches its yellow threshold, else
 * GREEN; it is GRAY when the provider is disabled or the error rate reaches {@code grayErrorRate}.
 *
 * <p>Hysteresis: a light gets worse at once, but better only after {@code recoverySamples}
 * consecutive samples that are better even with every threshold multiplied by
 * {@code recoveryMargin} (e.g. 0.8: a RED light caused by load ≥ 0.9 needs load below 0.72 to
 * count as YELLOW). A reading between the lower and the upper threshold keeps the light as it is.
 */
public record LightThresholds(double yellowLoad, double redLoad,
                              double yellowLatencyRatio, double redLatencyRatio,
                              double yellowErrorRate, double redErrorRate, double grayErrorRate,
                              double recoveryMargin, int recoverySamples) {
    public LightThresholds {
        requireOrdered("load", yellowLoad, redLoad);
        requireOrdered("latency ratio", yellowLatencyRatio, redLatencyRatio);
        requireOrdered("error rate", yellowErrorRate, redErrorRate);
        if (!(grayErrorRate > redErrorRate && grayErrorRate <= 1)) {
            throw new IllegalArgumentException("grayErrorRate must be above redErrorRate and at most 1");
        }
        if (!(recoveryMargin > 0 && recoveryMargin <= 1)) {
            throw new IllegalArgumentException("recoveryMargin must be in (0, 1], got " + recoveryMargin);
        }
        if (recoverySamples < 1) {
            throw new IllegalArgumentException("recoverySamples must be at least 1, got " + recoverySamples);
        }
    }

    /**
     * Yellow at 70 % load, 1.5× nominal latency or 2 % errors; red at 90 %, 3× or 10 %; gray at 50 %
     * errors; a better colour after 3 consecutive samples 20 % below the threshold.
     */
    public static LightThresholds defaults() {
        return new LightThresholds(0.7, 0.9, 1.5, 3.0, 0.02, 0.10, 0.5, 0.8, 3);
    }

    /** The colour of one sample on its own, with every threshold scaled by {@code factor}. */
    Light classify(ProviderSample s, double factor) {
        if (!s.enabled() || s.errorRate() >= grayErrorRate * factor) {
            return Light.GRAY;
        }
        if (s.load() >= redLoad * factor || s.latencyRatio() >= redLatencyRatio * factor
                || s.errorRate() >= redErrorRate * factor) {
            return Light.RED;
        }
        if (s.load() >= yellowLoad * factor || s.latencyRatio() >= yellowLatencyRatio * factor
                || s.errorRate() >= yellowErrorRate * factor) {
            return Light.YELLOW;
        }
        return Light.GREEN;
    }

    /** The colour of one sample on its own, without hysteresis. */
    public Light classify(ProviderSample s) {
        return classify(s, 1.0);
    }

    private static void requireOrdered(String what, double yellow, double red) {
        if (!(yellow > 0 && red > yellow)) {
            throw new IllegalArgumentException(what + " thresholds must satisfy 0 < yellow < red");
        }
    }
}
