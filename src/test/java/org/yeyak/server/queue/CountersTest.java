package org.yeyak.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountersTest {
    final Counters k = new Counters("c", 10_000, 1_000, 50, null);

    @Test
    void pollIntervalGrowsWithTheDistanceFromTheFrontWithinBounds() {
        assertThat(k.pollAfterMs(1_001)).isEqualTo(1_000);
        assertThat(k.pollAfterMs(1_500)).isEqualTo(5_000);   // 500 ahead at 50/s: half of 10 s
        assertThat(k.pollAfterMs(5_000)).isGreaterThan(k.pollAfterMs(2_000));
        assertThat(k.pollAfterMs(2_000)).isGreaterThan(k.pollAfterMs(1_200));
        assertThat(k.pollAfterMs(10_000_000)).isEqualTo(30_000);
        assertThat(k.pollAfterMs(900)).isZero();
    }

    @Test
    void estimatedWaitIsTheDistanceAtTheMeasuredRate() {
        assertThat(k.estimatedWaitSeconds(1_500)).isEqualTo(10);
        assertThat(k.estimatedWaitSeconds(1_000)).isZero();
        assertThat(k.waiting()).isEqualTo(9_000);
    }
}
