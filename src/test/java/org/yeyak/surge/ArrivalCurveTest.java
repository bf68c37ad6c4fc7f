package org.yeyak.surge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ArrivalCurveTest {
    private static final Duration MINUTE = Duration.ofSeconds(60);

    @Property(tries = 60)
    void arrivalsAreSortedAndInsideTheRunForEveryCurve(@ForAll ArrivalCurve curve,
                                                       @ForAll @IntRange(min = 1, max = 3000) int n) {
        long[] t = curve.offsets(n, MINUTE, new SplittableRandom(n));
        assertThat(t).hasSize(n);
        for (int i = 0; i < n; i++) {
            assertThat(t[i]).isBetween(0L, MINUTE.toNanos());
            if (i > 0) {
                assertThat(t[i]).isGreaterThanOrEqualTo(t[i - 1]);
            }
        }
    }

    @Property(tries = 200)
    void inverseUndoesTheCdf(@ForAll ArrivalCurve curve, @ForAll @DoubleRange(min = 0, max = 1) double u) {
        if (curve == ArrivalCurve.AT_ONCE) {
            assertThat(curve.inverse(u)).isZero();
            return;
        }
        assertThat(curve.cdf(curve.inverse(u))).isCloseTo(u, within(1e-9));
    }

    @Test
    void atOnceBringsEveryoneAtTheFirstInstant() {
        assertThat(ArrivalCurve.AT_ONCE.offsets(1000, MINUTE, new SplittableRandom(1))).containsOnly(0L);
    }

    @Test
    void rampBringsAQuarterInTheFirstHalfAndARisingRate() {
        long[] t = ArrivalCurve.RAMP.offsets(10_000, MINUTE, new SplittableRandom(2));
        assertThat(share(t, MINUTE.toNanos() / 2)).isCloseTo(0.25, within(0.001));
        long[] perTenth = perBin(t, 10, MINUTE.toNanos());
        for (int i = 1; i < perTenth.length; i++) {
            assertThat(perTenth[i]).isGreaterThan(perTenth[i - 1]);
        }
    }

    @Test
    void the2021CurveBringsFortyPercentInTheFirstHalfHourOfTheWindow() {
        long[] t = ArrivalCurve.Y2021.offsets(20_000, MINUTE, new SplittableRandom(3));
        long halfHour = Math.round(MINUTE.toNanos() * 30.0 / (22 * 60));
        assertThat(share(t, halfHour)).isCloseTo(0.40, within(0.001));
    }

    @Test
    void the2021CurveNeverRisesAfterTheOpeningAndDecays() {
        long[] t = ArrivalCurve.Y2021.offsets(50_000, MINUTE, new SplittableRandom(4));
        long[] bins = perBin(t, 44, MINUTE.toNanos()); // 30-minute bins of the 22-hour window
        for (int i = 1; i < bins.length; i++) {
            assertThat(bins[i]).as("bin %d", i).isLessThanOrEqualTo(bins[i - 1] + 2);
        }
        assertThat(bins[bins.length - 1]).isLessThan(bins[1] / 10);
        assertThat(ArrivalCurve.Y2021.cdf(1.0)).isEqualTo(1.0);
    }

    @Test
    void curvesAreNamedAsOnTheCommandLine() {
        assertThat(ArrivalCurve.parse("at-once")).isEqualTo(ArrivalCurve.AT_ONCE);
        assertThat(ArrivalCurve.parse("RAMP")).isEqualTo(ArrivalCurve.RAMP);
        assertThat(ArrivalCurve.parse("2021")).isEqualTo(ArrivalCurve.Y2021);
        assertThatThrownBy(() -> ArrivalCurve.parse("tsunami")).isInstanceOf(IllegalArgumentException.class);
    }

    private static double share(long[] t, long before) {
        return Arrays.stream(t).filter(x -> x < before).count() / (double) t.length;
    }

    private static long[] perBin(long[] t, int bins, long total) {
        long[] out = new long[bins];
        for (long x : t) {
            out[(int) Math.min(bins - 1, x * bins / total)]++;
        }
        return out;
    }
}
