package org.yeyak.rules.alloc;

import java.math.BigInteger;

/**
 * Splits vials between regions in proportion to population by the D'Hondt (Jefferson) divisor
 * method: the k-th vial of region r has priority {@code population[r] / k}, and vials go out in
 * priority order (ties to the lower region index), skipping vials below a region's floor (already
 * placed: booked) and above its capacity. Unlike largest-remainder rounding, a divisor method
 * never gives a region less when the stock grows (no Alabama paradox), so the whole engine stays
 * monotone. Exact integer arithmetic; a few thousand operations for 17 regions.
 */
final class RegionShares {
    private RegionShares() {
    }

    /**
     * @param vials      vials to split, at least the sum of floors
     * @param population per region, 1 … 2^31-1
     * @param floor      vials each region must keep
     * @param capacity   vials each region can hold (at least its floor)
     * @return vials per region
     */
    static long[] split(long vials, long[] population, long[] floor, long[] capacity) {
        int regions = population.length;
        long floorSum = 0;
        long capacitySum = 0;
        for (int r = 0; r < regions; r++) {
            floorSum += floor[r];
            capacitySum += capacity[r];
        }
        if (vials >= capacitySum) {
            return capacity.clone();
        }
        long extra = vials - floorSum;
        // The smallest threshold pop[s]/k whose vials (all of priority >= it) still fit in extra.
        long bestP = -1;
        long bestQ = 1;
        for (int s = 0; s < regions; s++) {
            long lo = floor[s] + 1;
            long hi = capacity[s];
            long found = -1;
            while (lo <= hi) {
                long k = (lo + hi) >>> 1;
                if (countAtOrAbove(population[s], k, population, floor, capacity) <= extra) {
                    found = k;
                    lo = k + 1;
                } else {
                    hi = k - 1;
                }
            }
            // population[s]/found < bestP/bestQ  <=>  population[s]*bestQ < bestP*found
            if (found > 0 && (bestP < 0 || compareProducts(population[s], bestQ, bestP, found) < 0)) {
                bestP = population[s];
                bestQ = found;
            }
        }
        long[] share = floor.clone();
        if (bestP > 0) {
            for (int r = 0; r < regions; r++) {
                share[r] = clamp(mulDiv(population[r], bestQ, bestP), floor[r], capacity[r]);
            }
        }
        long left = vials;
        for (long v : share) {
            left -= v;
        }
        // The rest are ties just below the threshold: fewer than one per region.
        while (left > 0) {
            int pick = -1;
            for (int r = 0; r < regions; r++) {
                if (share[r] < capacity[r] && (pick < 0
                        || compareProducts(population[r], share[pick] + 1, population[pick], share[r] + 1) > 0)) {
                    pick = r;
                }
            }
            if (pick < 0) {
                break;
            }
            share[pick]++;
            left--;
        }
        return share;
    }

    /** Vials above the floors whose priority is at least p/q. */
    private static long countAtOrAbove(long p, long q, long[] population, long[] floor, long[] capacity) {
        long count = 0;
        for (int r = 0; r < population.length; r++) {
            count += clamp(mulDiv(population[r], q, p), floor[r], capacity[r]) - floor[r];
        }
        return count;
    }

    /** {@code floor(a * b / c)} for non-negative a, b and positive c, without overflow. */
    static long mulDiv(long a, long b, long c) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        if (high == 0 && low >= 0) {
            return low / c;
        }
        return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divide(BigInteger.valueOf(c))
                .min(BigInteger.valueOf(Long.MAX_VALUE)).longValue();
    }

    /** Sign of {@code a * b - c * d} for non-negative operands, without overflow. */
    static int compareProducts(long a, long b, long c, long d) {
        int high = Long.compare(Math.multiplyHigh(a, b), Math.multiplyHigh(c, d));
        return high != 0 ? high : Long.compareUnsigned(a * b, c * d);
    }

    private static long clamp(long v, long lo, long hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
