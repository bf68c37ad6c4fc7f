package org.yeyak.rules.alloc;

import java.util.Arrays;

/**
 * Water-filling over the flat cell arrays. A group is one clinic-date ({@code tranches}
 * consecutive cells sharing one capacity in vials); each group belongs to one pool. At level
 * {@code L} a group holds {@code min(capacity, sum over its cells of max(floor, L))}.
 */
final class Cells {
    private final int tranches;
    private final int[] capacity;
    private final int[] floor;
    private final boolean[] hasFloor;
    private final int[] poolOfGroup;

    Cells(int tranches, int[] capacity, int[] floor, boolean[] hasFloor, int[] poolOfGroup) {
        this.tranches = tranches;
        this.capacity = capacity;
        this.floor = floor;
        this.hasFloor = hasFloor;
        this.poolOfGroup = poolOfGroup;
    }

    /** Per pool, the highest level whose vials fit in the pool's target (binary search, all pools
     *  in step so each step is one pass over the groups). */
    int[] levels(long[] target, int[] maxCapacity) {
        int pools = target.length;
        int[] lo = new int[pools];
        int[] hi = maxCapacity.clone();
        int[] mid = new int[pools];
        long[] sum = new long[pools];
        while (true) {
            boolean open = false;
            for (int p = 0; p < pools; p++) {
                mid[p] = lo[p] < hi[p] ? (int) (((long) lo[p] + hi[p] + 1) >>> 1) : lo[p];
                open |= lo[p] < hi[p];
            }
            if (!open) {
                return lo;
            }
            Arrays.fill(sum, 0);
            for (int g = 0; g < capacity.length; g++) {
                int p = poolOfGroup[g];
                sum[p] += held(g, mid[p]);
            }
            for (int p = 0; p < pools; p++) {
                if (lo[p] < hi[p]) {
                    if (sum[p] <= target[p]) {
                        lo[p] = mid[p];
                    } else {
                        hi[p] = mid[p] - 1;
                    }
                }
            }
        }
    }

    /** Vials group {@code g} holds at level {@code level}. */
    private long held(int g, int level) {
        return Math.min(capacity[g], wanted(g, level));
    }

    /** Vials group {@code g} would hold at {@code level} without its capacity. */
    private long wanted(int g, int level) {
        if (hasFloor == null || !hasFloor[g]) {
            return (long) tranches * level;
        }
        long want = 0;
        for (int i = g * tranches, end = i + tranches; i < end; i++) {
            want += Math.max(floor[i], level);
        }
        return want;
    }

    private int floorAt(int cell) {
        return floor == null ? 0 : floor[cell];
    }

    /**
     * Fills every group to its pool's level; a group full below that level shares its capacity
     * evenly, odd vials to the tranches the walk reaches first. Records each group's spare room.
     *
     * @param placed receives the vials placed per pool
     */
    void fill(int[] level, VialWalk walk, int[] out, int[] room, long[] placed) {
        for (int g = 0; g < capacity.length; g++) {
            int lvl = level[poolOfGroup[g]];
            int base = g * tranches;
            long want = wanted(g, lvl);
            if (want <= capacity[g]) {
                for (int i = base, end = base + tranches; i < end; i++) {
                    out[i] = Math.max(floorAt(i), lvl);
                }
                room[g] = (int) (capacity[g] - want);
                placed[poolOfGroup[g]] += want;
            } else {
                fillFullGroup(g, lvl, walk, out);
                placed[poolOfGroup[g]] += capacity[g];
            }
        }
    }

    /** A group whose capacity ends below the pool's level: the highest even level that fits,
     *  then one more vial for each of the first tranches in walk order until it is full. */
    private void fillFullGroup(int g, int poolLevel, VialWalk walk, int[] out) {
        int base = g * tranches;
        int lo = 0;
        int hi = poolLevel;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (wanted(g, mid) <= capacity[g]) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        long odd = capacity[g] - wanted(g, lo);
        long[] rank = new long[tranches];
        for (int t = 0; t < tranches; t++) {
            int cell = base + t;
            out[cell] = Math.max(floorAt(cell), lo);
            rank[t] = floorAt(cell) <= lo ? walk.rank(cell) : Long.MAX_VALUE;
        }
        for (; odd > 0; odd--) {
            int first = 0;
            for (int t = 1; t < tranches; t++) {
                if (rank[t] < rank[first]) {
                    first = t;
                }
            }
            out[base + first]++;
            rank[first] = Long.MAX_VALUE;
        }
    }

    /**
     * Hands out what is left of each pool's target, one vial per cell still at its pool's level
     * in a group with room, in walk order ({@link ExtraVials}).
     *
     * @return vials placed
     */
    long extras(long[] target, long[] placedPerPool, int[] level, VialWalk walk, int[] out, int[] room) {
        long[] left = new long[target.length];
        for (int p = 0; p < target.length; p++) {
            left[p] = target[p] - placedPerPool[p];
        }
        return new ExtraVials(tranches, poolOfGroup, level, walk, out, room, left).handOut();
    }
}
