package org.yeyak.rules.alloc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * What an official checks before applying an allocation: totals, the smallest and largest clinic,
 * doses per tranche (booking day), per vaccination date and per region. All figures are doses.
 *
 * @param requestedDoses  the stock given
 * @param placedDoses     doses placed in cells
 * @param unplacedDoses   {@code requestedDoses - placedDoses} (capacity ran out, or a partial vial)
 * @param capacityDoses   sum of clinic-date capacities
 * @param bookedDoses     doses already booked (re-allocation)
 * @param perClinic       spread over open clinics (those with some capacity)
 * @param perTranche      doses per tranche, in tranche order
 * @param perDate         doses and capacity per vaccination date, in date order
 * @param perRegion       per region code, ascending
 */
public record AllocationSummary(
        long requestedDoses,
        long placedDoses,
        long unplacedDoses,
        long capacityDoses,
        long bookedDoses,
        ClinicSpread perClinic,
        List<TrancheTotal> perTranche,
        List<DateTotal> perDate,
        List<RegionTotal> perRegion) {

    /** Smallest and largest clinic total among open clinics; ids are null when none is open. */
    public record ClinicSpread(int openClinics, int closedClinics,
                               long minDoses, String minClinicId, long maxDoses, String maxClinicId) {
    }

    public record TrancheTotal(String tranche, long doses) {
    }

    public record DateTotal(LocalDate date, long capacity, long doses) {
    }

    /** A region's totals and its smallest and largest open clinic (0 when none is open). */
    public record RegionTotal(String region, int clinics, long capacity, long doses,
                              long minClinicDoses, long maxClinicDoses) {
    }

    /** Fewest doses in any tranche (0 with no tranches). */
    public long minTrancheDoses() {
        return perTranche.stream().mapToLong(TrancheTotal::doses).min().orElse(0);
    }

    /** Most doses in any tranche (0 with no tranches). */
    public long maxTrancheDoses() {
        return perTranche.stream().mapToLong(TrancheTotal::doses).max().orElse(0);
    }

    static AllocationSummary of(Allocation a) {
        AllocationRequest r = a.request();
        int clinics = r.clinicCount();
        int dates = r.dateCount();
        int tranches = r.trancheCount();
        long vial = r.vialSize();
        long[] trancheVials = new long[tranches];
        long[] dateVials = new long[dates];
        long[] dateCapacity = new long[dates];
        long capacity = 0;
        long booked = 0;
        int open = 0;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        String minId = null;
        String maxId = null;
        TreeMap<String, long[]> regions = new TreeMap<>(); // clinics, capacity, doses, min, max
        int[] bookedCells = r.bookedArray();
        int cell = 0;
        for (int c = 0; c < clinics; c++) {
            long clinicVials = 0;
            long clinicCapacity = 0;
            for (int d = 0; d < dates; d++) {
                int cap = r.capacity(c, d);
                clinicCapacity += cap;
                dateCapacity[d] += cap;
                for (int t = 0; t < tranches; t++, cell++) {
                    int v = a.vialsAt(cell);
                    clinicVials += v;
                    trancheVials[t] += v;
                    dateVials[d] += v;
                    booked += bookedCells == null ? 0 : bookedCells[cell];
                }
            }
            capacity += clinicCapacity;
            long doses = clinicVials * vial;
            long[] reg = regions.computeIfAbsent(r.clinicRegions().get(c),
                    k -> new long[] {0, 0, 0, Long.MAX_VALUE, Long.MIN_VALUE});
            reg[0]++;
            reg[1] += clinicCapacity;
            reg[2] += doses;
            if (clinicCapacity > 0 || doses > 0) {
                open++;
                reg[3] = Math.min(reg[3], doses);
                reg[4] = Math.max(reg[4], doses);
                if (doses < min) {
                    min = doses;
                    minId = r.clinicIds().get(c);
                }
                if (doses > max) {
                    max = doses;
                    maxId = r.clinicIds().get(c);
                }
            }
        }
        List<TrancheTotal> perTranche = new ArrayList<>(tranches);
        for (int t = 0; t < tranches; t++) {
            perTranche.add(new TrancheTotal(r.tranches().get(t), trancheVials[t] * vial));
        }
        List<DateTotal> perDate = new ArrayList<>(dates);
        for (int d = 0; d < dates; d++) {
            perDate.add(new DateTotal(r.dates().get(d), dateCapacity[d], dateVials[d] * vial));
        }
        List<RegionTotal> perRegion = new ArrayList<>(regions.size());
        regions.forEach((code, v) -> perRegion.add(new RegionTotal(code, (int) v[0], v[1], v[2],
                v[3] == Long.MAX_VALUE ? 0 : v[3], v[4] == Long.MIN_VALUE ? 0 : v[4])));
        return new AllocationSummary(r.doses(), a.placedDoses(), a.unplacedDoses(), capacity, booked,
                new ClinicSpread(open, clinics - open, open == 0 ? 0 : min, minId, open == 0 ? 0 : max, maxId),
                List.copyOf(perTranche), List.copyOf(perDate), List.copyOf(perRegion));
    }
}
