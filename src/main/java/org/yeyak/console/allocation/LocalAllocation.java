package org.yeyak.console.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yeyak.client.Campaign;
import org.yeyak.client.Clinic;
import org.yeyak.client.Region;
import org.yeyak.rules.alloc.Allocation;
import org.yeyak.rules.alloc.AllocationPolicy;
import org.yeyak.rules.alloc.AllocationRequest;
import org.yeyak.rules.alloc.StockAllocator;

/**
 * The allocation computed in the console with the shared engine, from what the server publishes:
 * the campaign's vaccination dates, its clinics (a closed clinic, or one giving another vaccine,
 * has no capacity), the provinces' population, and the tranche labels of the server's preview.
 * The rotation seed is the campaign id's hash, as on the server, so without bookings both give
 * the same cells.
 */
final class LocalAllocation {
    private LocalAllocation() {
    }

    static Allocation compute(Campaign campaign, List<Clinic> clinics, List<Region> regions, List<String> tranches,
                              long doses, int vialSize, AllocationPolicy policy) {
        List<LocalDate> dates = dates(campaign);
        AllocationRequest.Builder b = AllocationRequest.builder()
                .doses(doses)
                .vialSize(vialSize)
                .policy(policy)
                .dates(dates)
                .tranches(tranches)
                .rotationSeed(campaign.id().hashCode());
        for (Clinic k : clinics) {
            boolean gives = k.active() && (k.vaccine() == null || k.vaccine().equalsIgnoreCase(campaign.vaccine()));
            int[] capacity = new int[dates.size()];
            Arrays.fill(capacity, gives ? k.dailyCapacity() : 0);
            b.clinic(k.id(), k.name(), k.region(), capacity);
        }
        regions.forEach(r -> b.regionPopulation(r.code(), Math.max(1, r.population())));
        return new StockAllocator().allocate(b.build());
    }

    static List<LocalDate> dates(Campaign campaign) {
        return campaign.vaccinationFrom().datesUntil(campaign.vaccinationTo().plusDays(1)).toList();
    }

    /** One row per clinic, doses per date summed over the tranches. */
    static List<AllocationPreview.ClinicRow> rows(Allocation a, List<Clinic> clinics, List<Region> regions,
                                                  boolean korean) {
        Map<String, Region> byCode = regions.stream().collect(Collectors.toMap(Region::code, Function.identity()));
        int dates = a.request().dateCount();
        int[] perClinicDate = a.dosesPerClinicDate();
        List<AllocationPreview.ClinicRow> rows = new ArrayList<>(clinics.size());
        for (int c = 0; c < clinics.size(); c++) {
            Clinic k = clinics.get(c);
            int[] doses = Arrays.copyOfRange(perClinicDate, c * dates, (c + 1) * dates);
            Region r = byCode.get(k.region());
            String regionName = r == null ? k.region() : korean ? r.nameKo() : r.nameEn();
            rows.add(new AllocationPreview.ClinicRow(k.id(), k.name(), k.region(), regionName, k.dailyCapacity(), doses,
                    a.clinicDoses(c)));
        }
        return rows;
    }
}
