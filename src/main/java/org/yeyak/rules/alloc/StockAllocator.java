package org.yeyak.rules.alloc;

import java.util.List;
import java.util.TreeSet;

/**
 * Splits a vaccine's stock into whole vials per (clinic, vaccination date, tranche) cell, max-min
 * fair: no cell could get more without a cell that has less getting less (DESIGN.md rule 7).
 *
 * <h2>The rules, as an official would state them</h2>
 * <ul>
 *   <li><b>Whole vials.</b> A cell holds whole vials; doses short of a whole vial stay unplaced.</li>
 *   <li><b>Capacity is per clinic-date.</b> A clinic's capacity on a date (doses it can inject that
 *       day, 0 = closed) is shared by that date's tranches: the tranches together never hold more
 *       than {@code floor(capacity / vialSize)} vials. A clinic that cannot use a whole vial on a
 *       date gets nothing that date.</li>
 *   <li><b>Even water-filling.</b> Every open cell gets the same number of vials, raised one vial
 *       at a time; a clinic-date that is full stops rising, and its vials go to its tranches as
 *       evenly as possible. So cells not held down by capacity differ by at most one vial, and the
 *       tranches of one clinic-date differ by at most one vial — people on booking day ten find the
 *       same choice as on day one.</li>
 *   <li><b>Extra vials rotate.</b> When the stock does not divide evenly, each remaining vial goes
 *       to the next cell of a fixed scattered walk over all cells ({@link VialWalk}): with
 *       {@code n} cells numbered {@code (clinic × dates + date) × tranches + tranche}, step
 *       {@code k} visits cell {@code (seed + k × stride) mod n}, where {@code stride} is the first
 *       number from {@code round(0.618… × n)} up that is coprime with {@code n} and {@code seed}
 *       is the request's {@link AllocationRequest#rotationSeed() rotation seed} (mod n). A cell
 *       takes a vial when it is at the common level and its clinic-date has room. Consecutive
 *       extras thus land on different clinics, dates and tranches (any {@code tranches}
 *       consecutive steps meet every tranche once) instead of always on the first clinics, and
 *       a different seed (per campaign) favours different clinics. Within a full clinic-date,
 *       the tranches that get the odd vial are the ones the same walk reaches first.</li>
 *   <li><b>Booked doses stay.</b> A cell never holds fewer vials than it needs for the doses
 *       already booked in it ({@code ceil(booked / vialSize)}); these vials are placed first, even
 *       where a lowered capacity is now below them. Stock below that raises
 *       {@link StockBelowBookedException}.</li>
 *   <li><b>Population (optional).</b> With {@link AllocationPolicy#PRO_RATA_POPULATION}, regions
 *       first receive vials in proportion to population ({@link RegionShares}, D'Hondt, up to what
 *       their clinics hold); each region's vials are then water-filled over its own cells.</li>
 * </ul>
 * The result equals handing out vials one at a time (level by level, each level in walk order),
 * in an order that does not depend on the stock: the same input gives the same output, and more
 * stock never gives any cell less (the property tests compare against exactly that).
 *
 * <p>Stateless and thread-safe; 14,000 clinics × 36 dates × 11 tranches take well under a second
 * (README, Performance).
 */
public final class StockAllocator {

    public Allocation allocate(AllocationRequest request) {
        int clinics = request.clinicCount();
        int dates = request.dateCount();
        int tranches = request.trancheCount();
        int groups = clinics * dates;
        int cells = groups * tranches;
        int vialSize = request.vialSize();
        long vials = request.doses() / vialSize;

        int[] booked = request.bookedArray();
        int[] floor = null;
        int[] capacity = new int[groups];
        boolean[] hasFloor = null;
        long floorTotal = 0;
        int[] doseCapacity = request.capacityArray();
        if (booked != null) {
            floor = new int[cells];
            hasFloor = new boolean[groups];
        }
        for (int g = 0; g < groups; g++) {
            long groupFloor = 0;
            if (floor != null) {
                for (int i = g * tranches, end = i + tranches; i < end; i++) {
                    floor[i] = (booked[i] + vialSize - 1) / vialSize;
                    groupFloor += floor[i];
                }
                hasFloor[g] = groupFloor > 0;
            }
            floorTotal += groupFloor;
            capacity[g] = (int) Math.max(doseCapacity[g] / vialSize, groupFloor);
        }
        if (floorTotal > vials) {
            throw new StockBelowBookedException(request.doses(), floorTotal * vialSize);
        }

        Pools pools = Pools.of(request, capacity, floor, tranches);
        long[] target = pools.targets(request, vials);
        Cells grid = new Cells(tranches, capacity, floor, hasFloor, pools.ofGroup);
        int[] level = grid.levels(target, pools.maxCapacity);
        VialWalk walk = new VialWalk(cells, request.rotationSeed());
        int[] out = new int[cells];
        int[] room = new int[groups];
        long[] placedPerPool = new long[target.length];
        grid.fill(level, walk, out, room, placedPerPool);
        long placed = grid.extras(target, placedPerPool, level, walk, out, room);
        for (long v : placedPerPool) {
            placed += v;
        }
        return new Allocation(request, out, placed);
    }

    /** The pools that are water-filled separately: one for even, one per region for pro rata. */
    private record Pools(int count, int[] ofGroup, long[] capacity, long[] floor, int[] maxCapacity,
                         List<String> regions) {

        static Pools of(AllocationRequest request, int[] capacity, int[] floor, int tranches) {
            int dates = request.dateCount();
            List<String> regions = request.policy() == AllocationPolicy.PRO_RATA_POPULATION
                    ? List.copyOf(new TreeSet<>(request.clinicRegions())) : List.of("");
            int count = regions.size();
            int[] ofGroup = new int[capacity.length];
            long[] poolCapacity = new long[count];
            long[] poolFloor = new long[count];
            int[] maxCapacity = new int[count];
            for (int c = 0; c < request.clinicCount(); c++) {
                int p = count == 1 ? 0 : regions.indexOf(request.clinicRegions().get(c));
                for (int g = c * dates, end = g + dates; g < end; g++) {
                    ofGroup[g] = p;
                    poolCapacity[p] += capacity[g];
                    maxCapacity[p] = Math.max(maxCapacity[p], capacity[g]);
                    if (floor != null) {
                        for (int i = g * tranches, e = i + tranches; i < e; i++) {
                            poolFloor[p] += floor[i];
                        }
                    }
                }
            }
            return new Pools(count, ofGroup, poolCapacity, poolFloor, maxCapacity, regions);
        }

        /** Vials each pool is to place: all it can hold, up to the stock. */
        long[] targets(AllocationRequest request, long vials) {
            if (request.policy() != AllocationPolicy.PRO_RATA_POPULATION) {
                return new long[] {Math.min(vials, capacity.length == 0 ? 0 : capacity[0])};
            }
            long[] population = new long[count];
            for (int p = 0; p < count; p++) {
                population[p] = request.regionPopulation().get(regions.get(p));
            }
            return RegionShares.split(vials, population, floor, capacity);
        }
    }
}
