package org.yeyak.rules.alloc;

import java.util.List;
import java.util.TreeSet;

/**
 * The allocation rule written as plainly as possible, for the property tests to compare against:
 * booked vials first; regions (pro rata) take vials one at a time by D'Hondt; then, level by
 * level, each cell in walk order gets one more vial while its clinic-date has room and its pool
 * has vials left. Slow (levels × cells), obviously right.
 */
final class OneVialAtATime {
    private OneVialAtATime() {
    }

    static int[] allocate(AllocationRequest r) {
        int tranches = r.trancheCount();
        int dates = r.dateCount();
        int cells = r.cellCount();
        int groups = r.clinicCount() * dates;
        int vial = r.vialSize();
        int[] out = new int[cells];
        int[] groupVials = new int[groups];
        int[] groupCapacity = new int[groups];
        for (int c = 0; c < r.clinicCount(); c++) {
            for (int d = 0; d < dates; d++) {
                int g = c * dates + d;
                for (int t = 0; t < tranches; t++) {
                    int need = RandomRequests.ceilDiv(r.booked(c, d, t), vial);
                    out[g * tranches + t] = need;
                    groupVials[g] += need;
                }
                groupCapacity[g] = Math.max(r.capacity(c, d) / vial, groupVials[g]);
            }
        }
        boolean proRata = r.policy() == AllocationPolicy.PRO_RATA_POPULATION;
        List<String> regions = proRata ? List.copyOf(new TreeSet<>(r.clinicRegions())) : List.of("");
        int[] poolOfGroup = new int[groups];
        long[] floor = new long[regions.size()];
        long[] capacity = new long[regions.size()];
        for (int g = 0; g < groups; g++) {
            int p = proRata ? regions.indexOf(r.clinicRegions().get(g / dates)) : 0;
            poolOfGroup[g] = p;
            floor[p] += groupVials[g];
            capacity[p] += groupCapacity[g];
        }
        long[] left = new long[regions.size()];
        long free = r.doses() / vial;
        for (long f : floor) {
            free -= f;
        }
        while (free > 0) {
            int pick = -1;
            for (int p = 0; p < regions.size(); p++) {
                long share = floor[p] + left[p];
                if (share < capacity[p] && (pick < 0 || weight(r, regions, p) * (floor[pick] + left[pick] + 1)
                        > weight(r, regions, pick) * (share + 1))) {
                    pick = p;
                }
            }
            if (pick < 0) {
                break;
            }
            left[pick]++;
            free--;
        }
        VialWalk walk = new VialWalk(cells, r.rotationSeed());
        int maxLevel = 0;
        for (int cap : groupCapacity) {
            maxLevel = Math.max(maxLevel, cap);
        }
        for (int level = 1; level <= maxLevel; level++) {
            int cell = walk.first();
            for (int step = 0; step < cells; step++, cell = walk.next(cell)) {
                int g = cell / tranches;
                int p = poolOfGroup[g];
                if (left[p] > 0 && out[cell] == level - 1 && groupVials[g] < groupCapacity[g]) {
                    out[cell]++;
                    groupVials[g]++;
                    left[p]--;
                }
            }
        }
        return out;
    }

    private static long weight(AllocationRequest r, List<String> regions, int p) {
        return r.policy() == AllocationPolicy.PRO_RATA_POPULATION ? r.regionPopulation().get(regions.get(p)) : 1;
    }
}
