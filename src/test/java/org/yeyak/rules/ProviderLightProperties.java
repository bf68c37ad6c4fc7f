package org.yeyak.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ProviderLightProperties {
    private static final LightThresholds THRESHOLDS = LightThresholds.defaults();

    @Provide
    Arbitrary<List<ProviderSample>> enabledSamples() {
        return samples(Arbitraries.just(true));
    }

    @Provide
    Arbitrary<List<ProviderSample>> anySamples() {
        return samples(Arbitraries.of(true, true, true, true, false));
    }

    private static Arbitrary<List<ProviderSample>> samples(Arbitrary<Boolean> enabled) {
        Arbitrary<ProviderSample> sample = Combinators.combine(
                Arbitraries.integers().between(0, 130),
                Arbitraries.longs().between(0, 2000),
                Arbitraries.of(0.0, 0.0, 0.01, 0.019, 0.03, 0.09, 0.12, 0.3, 0.45, 0.6, 1.0),
                enabled).as((inFlight, p95, errors, on) -> new ProviderSample(inFlight, 100, p95, 400, errors, on));
        return sample.list().ofMinSize(1).ofMaxSize(60);
    }

    @Property
    void theLightIsNeverBetterThanTheSampleItWasJustGiven(@ForAll("anySamples") List<ProviderSample> samples) {
        ProviderLight light = new ProviderLight(THRESHOLDS);
        for (ProviderSample s : samples) {
            assertThat(THRESHOLDS.classify(s).isWorseThan(light.update(s))).isFalse();
        }
    }

    @Property
    void aWorseSampleChangesTheLightAtOnce(@ForAll("anySamples") List<ProviderSample> samples) {
        ProviderLight light = new ProviderLight(THRESHOLDS);
        for (ProviderSample s : samples) {
            Light before = light.current();
            Light after = light.update(s);
            if (THRESHOLDS.classify(s).isWorseThan(before)) {
                assertThat(after).isEqualTo(THRESHOLDS.classify(s));
            }
        }
    }

    @Property
    void theLightImprovesOnlyAfterEnoughConsecutiveClearlyBetterSamples(@ForAll("enabledSamples") List<ProviderSample> samples) {
        int n = THRESHOLDS.recoverySamples();
        ProviderLight light = new ProviderLight(THRESHOLDS);
        List<Light> before = new ArrayList<>();
        for (ProviderSample s : samples) {
            before.add(light.current());
            Light after = light.update(s);
            int i = before.size() - 1;
            if (before.get(i).isWorseThan(after)) {
                assertThat(i).isGreaterThanOrEqualTo(n - 1);
                Light held = before.get(i - n + 1);
                for (int j = i - n + 1; j <= i; j++) {
                    assertThat(before.get(j)).isEqualTo(held);
                    assertThat(held.isWorseThan(THRESHOLDS.classify(samples.get(j), THRESHOLDS.recoveryMargin()))).isTrue();
                }
            }
        }
    }
}
