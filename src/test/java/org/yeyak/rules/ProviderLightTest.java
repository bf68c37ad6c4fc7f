package org.yeyak.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class ProviderLightTest {
    /** Capacity 100, nominal latency 400 ms, no errors, enabled; only the load varies. */
    static ProviderSample load(int inFlight) {
        return new ProviderSample(inFlight, 100, 400, 400, 0.0, true);
    }

    static ProviderSample errors(double rate) {
        return new ProviderSample(10, 100, 400, 400, rate, true);
    }

    static final ProviderSample DISABLED = new ProviderSample(0, 100, 0, 400, 0.0, false);

    private final ProviderLight light = new ProviderLight(LightThresholds.defaults());

    @Test
    void aQuietProviderIsGreen() {
        assertThat(light.update(load(10))).isEqualTo(Light.GREEN);
        assertThat(light.current()).isEqualTo(Light.GREEN);
    }

    @Test
    void eachSignalAloneMakesTheLightWorseAtOnce() {
        assertThat(new ProviderLight().update(load(75))).isEqualTo(Light.YELLOW);
        assertThat(new ProviderLight().update(load(95))).isEqualTo(Light.RED);
        assertThat(new ProviderLight().update(new ProviderSample(10, 100, 700, 400, 0, true))).isEqualTo(Light.YELLOW);
        assertThat(new ProviderLight().update(new ProviderSample(10, 100, 1300, 400, 0, true))).isEqualTo(Light.RED);
        assertThat(new ProviderLight().update(errors(0.03))).isEqualTo(Light.YELLOW);
        assertThat(new ProviderLight().update(errors(0.2))).isEqualTo(Light.RED);
        assertThat(new ProviderLight().update(errors(0.6))).isEqualTo(Light.GRAY);
    }

    @Test
    void aRedLightTurnsGreenOnlyAfterThreeConsecutiveClearlyBetterSamples() {
        light.update(load(95));
        assertThat(light.update(load(10))).isEqualTo(Light.RED);
        assertThat(light.update(load(10))).isEqualTo(Light.RED);
        assertThat(light.update(load(10))).isEqualTo(Light.GREEN);
    }

    @Test
    void aRecoveryStreakTakesTheWorstColourSeenDuringIt() {
        light.update(load(95));
        light.update(load(10));
        light.update(load(60)); // yellow against the lowered thresholds (0.7 × 0.8 = 0.56)
        assertThat(light.update(load(10))).isEqualTo(Light.YELLOW);
    }

    @Test
    void aProviderHoveringJustUnderTheRedThresholdStaysRed() {
        light.update(load(91));
        for (int i = 0; i < 50; i++) {
            assertThat(light.update(load(i % 2 == 0 ? 85 : 91))).isEqualTo(Light.RED);
        }
    }

    @Test
    void aWorseSampleRestartsTheRecoveryCount() {
        light.update(load(95));
        light.update(load(10));
        light.update(load(10));
        light.update(load(80)); // in the band: neither worse nor clearly better
        assertThat(light.update(load(10))).isEqualTo(Light.RED);
        assertThat(light.update(load(10))).isEqualTo(Light.RED);
        assertThat(light.update(load(10))).isEqualTo(Light.GREEN);
    }

    @Test
    void aDisabledProviderIsGrayAtOnceAndTakesItsSampleColourWhenEnabledAgain() {
        light.update(load(10));
        assertThat(light.update(DISABLED)).isEqualTo(Light.GRAY);
        assertThat(light.update(load(10))).isEqualTo(Light.GREEN);
    }

    @Test
    void aProviderGrayFromErrorsRecoversWithHysteresis() {
        assertThat(light.update(errors(0.9))).isEqualTo(Light.GRAY);
        assertThat(light.update(errors(0.0))).isEqualTo(Light.GRAY);
        assertThat(light.update(errors(0.0))).isEqualTo(Light.GRAY);
        assertThat(light.update(errors(0.0))).isEqualTo(Light.GREEN);
    }

    @Test
    void aProviderWithNoCapacityIsRed() {
        assertThat(light.update(new ProviderSample(0, 0, 400, 400, 0, true))).isEqualTo(Light.RED);
    }

    @Test
    void impossibleSamplesAndThresholdsAreRefused() {
        assertThatThrownBy(() -> new ProviderSample(-1, 100, 0, 400, 0, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProviderSample(0, 100, 0, 400, 1.5, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProviderSample(0, 100, 0, 400, Double.NaN, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LightThresholds(0.9, 0.7, 1.5, 3, 0.02, 0.1, 0.5, 0.8, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LightThresholds(0.7, 0.9, 1.5, 3, 0.02, 0.1, 0.5, 0.8, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concurrentUpdatesFromManyThreadsKeepTheLightConsistent() throws Exception {
        int threads = 8;
        int perThread = 20_000;
        ConcurrentLinkedQueue<Light> seen = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int i = 0; i < perThread; i++) {
                    seen.add(light.update((i + id) % 7 == 0 ? load(95) : load(10)));
                }
            });
            workers.add(worker);
            worker.start();
        }
        start.countDown();
        for (Thread worker : workers) {
            worker.join(30_000);
            assertThat(worker.isAlive()).isFalse();
        }
        // Only clearly red and clearly green samples were fed: no other colour can ever appear.
        assertThat(seen).hasSize(threads * perThread).containsOnly(Light.RED, Light.GREEN);
        light.update(load(95));
        light.update(load(10));
        light.update(load(10));
        assertThat(light.update(load(10))).isEqualTo(Light.GREEN);
    }
}
