package org.yeyak.server.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yeyak.rules.alloc.Allocation;
import org.yeyak.rules.alloc.AllocationPolicy;
import org.yeyak.rules.alloc.AllocationRequest;
import org.yeyak.rules.alloc.StockAllocator;
import org.yeyak.rules.alloc.StockBelowBookedException;
import org.yeyak.server.campaign.Campaign;
import org.yeyak.server.campaign.StockCell;
import org.yeyak.server.campaign.Tranches;
import org.yeyak.server.clinic.Clinic;
import org.yeyak.server.clinic.Region;
import org.yeyak.server.http.ApiError;

/**
 * Turns a campaign, its clinics and its current stock into an {@link AllocationRequest}, and the
 * engine's {@link Allocation} back into stock cells. Each clinic's capacity on every vaccination
 * date is its daily capacity; a closed clinic, or one that gives another vaccine, has capacity 0
 * (it keeps only the doses already booked there). Tranches are the booking days (and the catch-up
 * tranche when asked): the doses booked in them are passed in, so the engine never plans below them.
 */
public final class AllocationPlanner {
    /** What an official asks for: the whole stock of the campaign's vaccine, booked doses included. */
    public record Plan(long doses, AllocationPolicy policy, boolean includeCatchUp) {
    }

    private final StockAllocator allocator = new StockAllocator();

    public record Planned(AllocationRequest request, Allocation allocation, List<StockCell> cells, long currentlyAllocated) {
    }

    public Planned plan(Campaign campaign, List<Clinic> clinics, List<Region> regions, List<StockCell> current, Plan plan) {
        List<LocalDate> dates = campaign.vaccinationDates();
        List<String> tranches = new ArrayList<>(Tranches.all(campaign.schedule()));
        if (!plan.includeCatchUp()) {
            tranches.remove(Tranches.CATCH_UP);
        }
        Set<String> trancheSet = new HashSet<>(tranches);
        Map<String, Integer> dateIndex = new HashMap<>();
        for (int i = 0; i < dates.size(); i++) {
            dateIndex.put(dates.get(i).toString(), i);
        }
        AllocationRequest.Builder b = AllocationRequest.builder()
                .doses(plan.doses())
                .vialSize(campaign.vialSize())
                .policy(plan.policy())
                .dates(dates)
                .tranches(tranches)
                .rotationSeed(campaign.id().hashCode());
        Map<String, Integer> clinicIndex = new HashMap<>();
        for (Clinic k : clinics) {
            boolean gives = k.active() && (k.vaccine() == null || k.vaccine().equalsIgnoreCase(campaign.vaccine()));
            int[] capacity = new int[dates.size()];
            Arrays.fill(capacity, gives ? k.dailyCapacity() : 0);
            clinicIndex.put(k.id(), clinicIndex.size());
            b.clinic(k.id(), k.name(), k.region(), capacity);
        }
        regions.forEach(r -> b.regionPopulation(r.code(), Math.max(1, r.population())));
        int[] booked = new int[clinics.size() * dates.size() * tranches.size()];
        long currentlyAllocated = 0;
        Set<String> existing = new HashSet<>();
        for (StockCell cell : current) {
            Integer c = clinicIndex.get(cell.clinicId());
            Integer d = dateIndex.get(cell.date().toString());
            int t = tranches.indexOf(cell.tranche());
            if (c == null || d == null || t < 0 || !trancheSet.contains(cell.tranche())) {
                continue;
            }
            currentlyAllocated += cell.allocated();
            booked[(c * dates.size() + d) * tranches.size() + t] = cell.booked();
            existing.add(key(cell.clinicId(), cell.date(), cell.tranche()));
        }
        b.booked(booked);
        Allocation a;
        try {
            a = allocator.allocate(b.build());
        } catch (StockBelowBookedException e) {
            throw new ApiError(409, "STOCK_BELOW_BOOKED", "Stock below booked", "The stock (" + e.requestedDoses()
                    + " doses) is less than the doses already booked (" + e.bookedDoses() + ").")
                    .with("bookedDoses", e.bookedDoses());
        } catch (IllegalArgumentException e) {
            throw ApiError.invalidInput("doses", e.getMessage());
        }
        List<StockCell> cells = new ArrayList<>();
        for (int c = 0; c < clinics.size(); c++) {
            for (int d = 0; d < dates.size(); d++) {
                for (int t = 0; t < tranches.size(); t++) {
                    int n = a.doses(c, d, t);
                    String id = clinics.get(c).id();
                    // A zero cell is written only to lower one that exists; absent cells stay absent.
                    if (n > 0 || existing.contains(key(id, dates.get(d), tranches.get(t)))) {
                        cells.add(new StockCell(id, dates.get(d), tranches.get(t), n, n));
                    }
                }
            }
        }
        return new Planned(a.request(), a, cells, currentlyAllocated);
    }

    private static String key(String clinic, LocalDate date, String tranche) {
        return clinic + "|" + date + "|" + tranche;
    }
}
