package org.yeyak.rules.alloc;

/**
 * The fixed order in which cells receive extra vials: step {@code k} visits cell
 * {@code (seed + k * stride) mod n}, where {@code n} is the number of cells and {@code stride} the
 * first number from {@code n * 0.618…} (golden ratio) up that is coprime with {@code n}. So the
 * walk visits every cell exactly once, consecutive steps land far apart (other clinics, dates and
 * tranches), and, since the stride is coprime with the tranche count too, any run of
 * {@code tranches} consecutive steps meets every tranche once. The order depends only on the cell
 * count and the seed — never on the stock — which is what keeps the allocation monotone.
 */
final class VialWalk {
    private static final double GOLDEN = 0.6180339887498949;

    private final long n;
    private final long seed;
    private final long stride;
    private final long inverse;

    VialWalk(int cells, long rotationSeed) {
        this.n = cells;
        this.seed = cells == 0 ? 0 : Math.floorMod(rotationSeed, (long) cells);
        long s = Math.max(1, Math.round(cells * GOLDEN)) % Math.max(1, cells);
        while (cells > 1 && gcd(s, cells) != 1) {
            s = (s + 1) % cells;
        }
        this.stride = s;
        this.inverse = cells <= 1 ? 0 : modInverse(s, cells);
    }

    /** First cell of the walk. */
    int first() {
        return (int) seed;
    }

    /** The cell after {@code cell}. */
    int next(int cell) {
        long x = cell + stride;
        return (int) (x >= n ? x - n : x);
    }

    /** Step at which the walk visits {@code cell}: smaller means served earlier. */
    long rank(int cell) {
        long offset = cell - seed;
        if (offset < 0) {
            offset += n;
        }
        return offset * inverse % n;
    }

    /** {@code rank(cell + 1) - rank(cell) (mod n)}: lets a sequential pass rank cells by addition. */
    long rankStep() {
        return inverse;
    }

    long cells() {
        return n;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    private static long modInverse(long a, long m) {
        long oldR = a;
        long r = m;
        long oldS = 1;
        long s = 0;
        while (r != 0) {
            long q = oldR / r;
            long t = oldR - q * r;
            oldR = r;
            r = t;
            t = oldS - q * s;
            oldS = s;
            s = t;
        }
        return Math.floorMod(oldS, m);
    }
}
