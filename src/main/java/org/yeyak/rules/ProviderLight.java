package org.yeyak.rules;

import java.util.Objects;

/**
 * The traffic light of one identity provider, fed one {@link ProviderSample} at a time; thread-safe.
 *
 * <p>Worse at once: a sample whose colour is worse than the current light sets it immediately.
 * Better slowly: the light improves only after {@link LightThresholds#recoverySamples()}
 * consecutive samples that are better even against the lowered thresholds (see
 * {@link LightThresholds}); it then takes the worst colour among those samples. Any sample that is
 * not better in that sense restarts the count, so a provider hovering around a threshold keeps
 * one colour instead of flapping.
 *
 * <p>Disabled → GRAY at once. When an official enables it again, the next sample's own colour is
 * taken at once: the switch is a decision, not noise. A GRAY caused by errors recovers like any
 * other colour. Before the first sample the light is GREEN.
 */
public final class ProviderLight {
    private final LightThresholds thresholds;
    private Light current = Light.GREEN;
    private boolean disabled;
    private int betterStreak;
    private Light streakTarget;

    public ProviderLight(LightThresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    public ProviderLight() {
        this(LightThresholds.defaults());
    }

    public synchronized Light update(ProviderSample sample) {
        Objects.requireNonNull(sample, "sample");
        if (!sample.enabled()) {
            disabled = true;
            return settle(Light.GRAY);
        }
        Light raw = thresholds.classify(sample);
        if (disabled) {
            disabled = false;
            return settle(raw);
        }
        if (!current.isWorseThan(raw)) {
            return settle(raw.isWorseThan(current) ? raw : current);
        }
        Light strict = thresholds.classify(sample, thresholds.recoveryMargin());
        if (!current.isWorseThan(strict)) {
            return settle(current);  // better, but not by the margin: hold
        }
        betterStreak++;
        streakTarget = streakTarget == null || strict.isWorseThan(streakTarget) ? strict : streakTarget;
        if (betterStreak >= thresholds.recoverySamples()) {
            return settle(streakTarget);
        }
        return current;
    }

    public synchronized Light current() {
        return current;
    }

    public LightThresholds thresholds() {
        return thresholds;
    }

    private Light settle(Light light) {
        current = light;
        betterStreak = 0;
        streakTarget = null;
        return light;
    }
}
