package org.yeyak.rules.alloc;

import java.util.Arrays;

/**
 * The odd vials: after the even fill, pool {@code p} still has {@code left[p]} vials, and each
 * goes to the next cell in walk order that is at the pool's level in a clinic-date with room.
 *
 * <p>Following the walk itself would touch cells in scattered order (a cache miss per step,
 * millions of them). Instead two sequential passes give the same result: a cell takes an odd
 * vial exactly when it is among the first {@code room} candidates of its clinic-date by walk rank
 * and among the first {@code left[p]} such cells of its pool. Pass one counts these cells per pool
 * in rank buckets to find each pool's boundary bucket; pass two gives to every cell below it and
 * collects the boundary bucket's few cells, which are then sorted by rank and served in order.
 * Ranks come by addition ({@link VialWalk#rankStep()}), not division.
 */
final class ExtraVials {
    private final int tranches;
    private final int[] poolOfGroup;
    private final int[] level;
    private final VialWalk walk;
    private final int[] out;
    private final int[] room;
    private final long[] left;
    private final int shift;
    private final int buckets;
    private final long[] counts;
    private final int[] boundary;
    private long[] boundaryCells = new long[64];
    private int boundarySize;
    private long placed;

    ExtraVials(int tranches, int[] poolOfGroup, int[] level, VialWalk walk, int[] out, int[] room, long[] left) {
        this.tranches = tranches;
        this.poolOfGroup = poolOfGroup;
        this.level = level;
        this.walk = walk;
        this.out = out;
        this.room = room;
        this.left = left;
        int rankBits = out.length <= 1 ? 0 : 64 - Long.numberOfLeadingZeros(out.length - 1L);
        int bucketBits = Math.min(rankBits, left.length <= 64 ? 12 : 6);
        this.shift = rankBits - bucketBits;
        this.buckets = 1 << bucketBits;
        this.counts = new long[left.length * buckets];
        this.boundary = new int[left.length];
    }

    long handOut() {
        long total = 0;
        for (long l : left) {
            total += l;
        }
        if (total <= 0) {
            return 0;
        }
        pass(false);
        long[] need = new long[left.length];
        for (int p = 0; p < left.length; p++) {
            boundary[p] = -1;
            long before = 0;
            for (int b = 0; b < buckets && left[p] > 0; b++) {
                long here = counts[p * buckets + b];
                if (before + here >= left[p]) {
                    boundary[p] = b;
                    need[p] = left[p] - before;
                    break;
                }
                before += here;
            }
            if (left[p] > 0 && boundary[p] < 0) {
                boundary[p] = buckets; // fewer candidates than vials (cannot happen): give them all
            }
        }
        pass(true);
        long[] sorted = Arrays.copyOf(boundaryCells, boundarySize);
        Arrays.sort(sorted);
        for (long key : sorted) {
            int cell = (int) (key & Integer.MAX_VALUE);
            int p = poolOfGroup[cell / tranches];
            if (need[p] > 0) {
                give(cell);
                need[p]--;
            }
        }
        return placed;
    }

    /** Visits every cell that would take an odd vial if its pool had enough, in cell order. */
    private void pass(boolean give) {
        long n = walk.cells();
        long step = walk.rankStep();
        long groupStep = step * tranches % Math.max(1, n);
        long groupRank = n == 0 ? 0 : walk.rank(0);
        int[] rank = new int[tranches];
        int[] cellOf = new int[tranches];
        for (int g = 0, base = 0; g < room.length; g++, base += tranches) {
            int p = poolOfGroup[g];
            if (room[g] > 0 && left[p] > 0) {
                int lvl = level[p];
                int found = 0;
                long r = groupRank;
                for (int t = 0; t < tranches; t++) {
                    if (out[base + t] == lvl) {
                        rank[found] = (int) r;
                        cellOf[found++] = base + t;
                    }
                    r += step;
                    if (r >= n) {
                        r -= n;
                    }
                }
                int takers = Math.min(found, room[g]);
                if (takers < found) {
                    keepLowestRanks(rank, cellOf, found, takers);
                }
                for (int j = 0; j < takers; j++) {
                    visit(give, p, rank[j], cellOf[j]);
                }
            }
            groupRank += groupStep;
            if (groupRank >= n) {
                groupRank -= n;
            }
        }
    }

    private void visit(boolean give, int p, int rank, int cell) {
        int bucket = rank >>> shift;
        if (!give) {
            counts[p * buckets + bucket]++;
        } else if (bucket < boundary[p]) {
            give(cell);
        } else if (bucket == boundary[p]) {
            if (boundarySize == boundaryCells.length) {
                boundaryCells = Arrays.copyOf(boundaryCells, boundarySize * 2);
            }
            boundaryCells[boundarySize++] = ((long) rank << 31) | cell;
        }
    }

    private void give(int cell) {
        out[cell]++;
        room[cell / tranches]--;
        placed++;
    }

    /** Moves the {@code keep} lowest ranks to the front (selection; {@code found} is at most the tranche count). */
    private static void keepLowestRanks(int[] rank, int[] cellOf, int found, int keep) {
        for (int i = 0; i < keep; i++) {
            int min = i;
            for (int j = i + 1; j < found; j++) {
                if (rank[j] < rank[min]) {
                    min = j;
                }
            }
            int r = rank[i];
            rank[i] = rank[min];
            rank[min] = r;
            int c = cellOf[i];
            cellOf[i] = cellOf[min];
            cellOf[min] = c;
        }
    }
}
