package org.yeyak.surge;

import java.time.Duration;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * When virtual citizens arrive, as a cumulative share of arrivals over the run's duration
 * (x in [0, 1]: 0 = the start of the run, 1 = its end). Arrival times are drawn by
 * stratified sampling of the inverse CDF: citizen i arrives at F⁻¹((i + r)/n) with r uniform
 * in [0, 1), so the shape holds for any n and the times are sorted by construction.
 */
public enum ArrivalCurve {
    /** Everyone at the first instant: a whole birth-digit day pressing the button at 20:00. */
    AT_ONCE("at-once") {
        @Override
        public double cdf(double x) {
            return 1.0;
        }

        @Override
        public double inverse(double u) {
            return 0.0;
        }
    },
    /** The arrival rate rises linearly from zero to its peak at the end: F(x) = x². */
    RAMP("ramp") {
        @Override
        public double cdf(double x) {
            double c = clamp(x);
            return c * c;
        }

        @Override
        public double inverse(double u) {
            return Math.sqrt(clamp(u));
        }
    },
    /**
     * The 2021 pre-reservation day compressed into the run: the run stands for a whole window
     * (20:00 → 18:00 next day, 22 hours); {@value #FIRST_SHARE_PERCENT}% of the arrivals come in
     * its first 30 minutes (as in 2021), evenly, and the rest with a density that decays
     * exponentially from the same level, so the arrival rate never rises after the opening.
     */
    Y2021("2021") {
        @Override
        public double cdf(double x) {
            double c = clamp(x);
            if (c <= HEAD) {
                return FIRST_SHARE * c / HEAD;
            }
            double tail = (1 - Math.exp(-LAMBDA * (c - HEAD))) / (1 - Math.exp(-LAMBDA * (1 - HEAD)));
            return FIRST_SHARE + (1 - FIRST_SHARE) * tail;
        }

        @Override
        public double inverse(double u) {
            double c = clamp(u);
            if (c <= FIRST_SHARE) {
                return c / FIRST_SHARE * HEAD;
            }
            double v = (c - FIRST_SHARE) / (1 - FIRST_SHARE);
            double x = HEAD - Math.log(1 - v * (1 - Math.exp(-LAMBDA * (1 - HEAD)))) / LAMBDA;
            return Math.min(1.0, x);
        }
    };

    static final int FIRST_SHARE_PERCENT = 40;
    /** Share of the day's arrivals in the first 30 minutes of the window (2021: about 40%). */
    public static final double FIRST_SHARE = FIRST_SHARE_PERCENT / 100.0;
    /** The first 30 minutes as a fraction of the 22-hour window. */
    public static final double HEAD = 30.0 / (22 * 60);
    /** Decay rate of the tail (per window), chosen so the density is continuous at HEAD. */
    static final double LAMBDA = solveLambda();

    private final String label;

    ArrivalCurve(String label) {
        this.label = label;
    }

    /** The share of arrivals that have come by fraction x of the run. */
    public abstract double cdf(double x);

    /** The fraction of the run at which the share u of arrivals has come. */
    public abstract double inverse(double u);

    /** The name used on the command line ({@code at-once}, {@code ramp}, {@code 2021}). */
    public String label() {
        return label;
    }

    /** Arrival offsets (nanoseconds from the start, ascending) of n citizens over the duration. */
    public long[] offsets(int n, Duration duration, RandomGenerator random) {
        long total = duration.toNanos();
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            double u = (i + random.nextDouble()) / n;
            out[i] = Math.round(inverse(u) * total);
        }
        // Rounding may break ties out of order by a nanosecond; keep them monotone.
        for (int i = 1; i < n; i++) {
            out[i] = Math.max(out[i], out[i - 1]);
        }
        return out;
    }

    public static ArrivalCurve parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (ArrivalCurve c : values()) {
            if (c.label.equals(t) || c.name().toLowerCase(Locale.ROOT).equals(t)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown curve '" + text + "' (at-once, ramp or 2021)");
    }

    private static double clamp(double x) {
        return Math.max(0.0, Math.min(1.0, x));
    }

    /** λ with (1 − s)·λ / (1 − e^(−λ(1 − h))) = s / h: the tail starts at the head's density. */
    private static double solveLambda() {
        double headDensity = FIRST_SHARE / HEAD;
        double lambda = headDensity / (1 - FIRST_SHARE);
        for (int i = 0; i < 100; i++) {
            lambda = headDensity * (1 - Math.exp(-lambda * (1 - HEAD))) / (1 - FIRST_SHARE);
        }
        return lambda;
    }
}
