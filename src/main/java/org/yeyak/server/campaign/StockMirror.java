package org.yeyak.server.campaign;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import javax.sql.DataSource;
import org.yeyak.server.clinic.Clinic;
import org.yeyak.server.store.Tx;

/**
 * This node's copy of a campaign's stock (and of the clinics), in memory, for what may be a
 * moment out of date: the clinic listing citizens read before they book, and the live fill per
 * region and tranche. At 20:00 every citizen lists clinics once; summing the campaign's stock
 * rows in the store for each of them cost more CPU than everything else together.
 *
 * <p>The booking itself never reads the mirror: it takes a dose in the store, atomically, and
 * refuses {@code SLOT_FULL} when none is left. So the mirror only has to be close, and is:
 * <ul>
 *   <li>loaded from the store the first time a campaign is asked for;</li>
 *   <li>adjusted by this node right after each of its own bookings, cancellations and moves
 *       commit ({@link #taken}, {@link #returned}) — with one node (the embedded H2 store) it is
 *       exact, except for a booking that commits while a reload reads, which the next reload
 *       repairs;</li>
 *   <li>reloaded when an official changes stock or clinics ({@link #invalidate}), and again when
 *       it is older than {@code maxAge} — which is how it learns of other nodes' bookings.</li>
 * </ul>
 */
public final class StockMirror {
    private final DataSource ds;
    private final long maxAgeNanos;
    private final ConcurrentHashMap<String, View> views = new ConcurrentHashMap<>();
    /** Campaigns one reader is reloading now (the others keep reading the old copy meanwhile). */
    private final java.util.Set<String> reloading = ConcurrentHashMap.newKeySet();

    /** Allocated and remaining doses of some set of cells. */
    public record Totals(long allocated, long remaining) {
        public long booked() {
            return allocated - remaining;
        }
    }

    public StockMirror(DataSource ds, java.time.Duration maxAge) {
        this.ds = ds;
        this.maxAgeNanos = maxAge.toNanos();
    }

    /**
     * What {@link StockStore#available} answers, from memory: per open clinic of {@code region}
     * (all when null), by region then name, the doses left in {@code tranches} per vaccination date
     * ({@code date} only when given). A clinic with stock rows but none left shows 0.
     */
    public List<Listed> available(String campaignId, String region, LocalDate date, Collection<String> tranches) {
        if (tranches.isEmpty()) {
            return List.of();
        }
        View v = view(campaignId);
        int[] wanted = v.trancheIndexes(tranches);
        List<Listed> out = new ArrayList<>();
        for (ClinicCells k : region == null ? v.clinics : v.byRegion.getOrDefault(region, List.of())) {
            if (!k.clinic.active()) {
                continue;
            }
            Map<LocalDate, Integer> left;
            if (date != null) {
                int d = Arrays.binarySearch(k.days, date.toEpochDay());
                if (d < 0) {
                    continue;
                }
                left = Map.of(date, k.sum(v, d, wanted));
            } else {
                left = new TreeMap<>();
                for (int d = 0; d < k.days.length; d++) {
                    left.put(LocalDate.ofEpochDay(k.days[d]), k.sum(v, d, wanted));
                }
            }
            if (!left.isEmpty()) {
                out.add(new Listed(k.clinic, left));
            }
        }
        return out;
    }

    /** One listed clinic and its doses left per date. */
    public record Listed(Clinic clinic, Map<LocalDate, Integer> available) {
    }

    /** Allocated and remaining doses per region code (regions without stock are absent). */
    public Map<String, Totals> byRegion(String campaignId) {
        return totals(campaignId, true);
    }

    /** Allocated and remaining doses per tranche, in tranche order. */
    public Map<String, Totals> byTranche(String campaignId) {
        return totals(campaignId, false);
    }

    /** A dose of this node's booking left the store's cell (call after the commit). */
    public void taken(String campaignId, String clinicId, LocalDate date, String tranche) {
        adjust(campaignId, clinicId, date, tranche, -1);
    }

    /** A dose went back to the store's cell (call after the commit). */
    public void returned(String campaignId, String clinicId, LocalDate date, String tranche) {
        adjust(campaignId, clinicId, date, tranche, +1);
    }

    /** Forgets every campaign: the next read reloads (after an official changed stock or clinics). */
    public void invalidate() {
        views.clear();
    }

    private void adjust(String campaignId, String clinicId, LocalDate date, String tranche, int delta) {
        View v = views.get(campaignId);
        ClinicCells k = v == null ? null : v.byId.get(clinicId);
        Integer t = v == null ? null : v.trancheIdx.get(tranche);
        int d = k == null ? -1 : Arrays.binarySearch(k.days, date.toEpochDay());
        int cell = d < 0 || t == null ? -1 : k.cells[d * v.trancheNames.length + t];
        if (cell >= 0) {
            v.remaining.addAndGet(cell, delta);
        }
    }

    /** One pass over flat arrays: the live figures ask for this every second. */
    private Map<String, Totals> totals(String campaignId, boolean region) {
        View v = view(campaignId);
        int[] group = region ? v.regionIdx : v.trancheIdxOfCell;
        String[] names = region ? v.regionNames : v.trancheNames;
        long[] allocated = new long[names.length];
        long[] remaining = new long[names.length];
        for (int i = 0; i < group.length; i++) {
            allocated[group[i]] += v.allocated[i];
            remaining[group[i]] += v.remaining.get(i);
        }
        // Tranche names sort as they run: booking days (ISO dates) ascending, then CATCHUP.
        Map<String, Totals> out = new TreeMap<>();
        for (int g = 0; g < names.length; g++) {
            out.put(names[g], new Totals(allocated[g], remaining[g]));
        }
        return new LinkedHashMap<>(out);
    }

    private View view(String campaignId) {
        View v = views.get(campaignId);
        if (v != null && System.nanoTime() - v.loadedAt < maxAgeNanos) {
            return v;
        }
        if (v != null && !reloading.add(campaignId)) {
            return v;   // another reader is reloading it: this one makes do with the old copy
        }
        try {
            View fresh = load(campaignId);
            views.put(campaignId, fresh);
            return fresh;
        } finally {
            if (v != null) {
                reloading.remove(campaignId);
            }
        }
    }

    private View load(String campaignId) {
        long started = System.nanoTime();
        return Tx.read(ds, c -> {
            Map<String, ClinicCells> byId = new HashMap<>();
            List<ClinicCells> ordered = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, region, name, address, vaccine, daily_capacity,"
                    + " active FROM clinics ORDER BY region, name, id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ClinicCells k = new ClinicCells(new Clinic(rs.getString(1), rs.getString(2).intern(),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getBoolean(7)));
                    byId.put(k.clinic.id(), k);
                    ordered.add(k);
                }
            }
            List<int[]> counts = new ArrayList<>();   // {allocated, remaining, region index, tranche index}
            Map<String, Integer> regions = new LinkedHashMap<>();
            Map<String, Integer> tranches = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT clinic_id, vaccination_date, tranche, allocated,"
                    + " remaining FROM stock WHERE campaign_id = ?")) {
                ps.setString(1, campaignId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ClinicCells k = byId.get(rs.getString(1));
                        if (k != null) {
                            String tranche = rs.getString(3);
                            k.loading.computeIfAbsent(rs.getObject(2, LocalDate.class), d -> new HashMap<>())
                                    .put(tranche, counts.size());
                            counts.add(new int[] {rs.getInt(4), rs.getInt(5),
                                    regions.computeIfAbsent(k.clinic.region(), x -> regions.size()),
                                    tranches.computeIfAbsent(tranche, x -> tranches.size())});
                        }
                    }
                }
            }
            ordered.removeIf(k -> k.loading.isEmpty());
            Map<String, Integer> trancheIdx = Map.copyOf(tranches);
            for (ClinicCells k : ordered) {
                k.settle(trancheIdx);
            }
            int n = counts.size();
            int[] allocated = new int[n];
            AtomicIntegerArray remaining = new AtomicIntegerArray(n);
            int[] regionIdx = new int[n];
            int[] trancheIdxOfCell = new int[n];
            for (int i = 0; i < n; i++) {
                int[] row = counts.get(i);
                allocated[i] = row[0];
                remaining.set(i, row[1]);
                regionIdx[i] = row[2];
                trancheIdxOfCell[i] = row[3];
            }
            Map<String, List<ClinicCells>> byRegion = new HashMap<>();
            for (ClinicCells k : ordered) {
                byRegion.computeIfAbsent(k.clinic.region(), r -> new ArrayList<>()).add(k);
            }
            return new View(List.copyOf(ordered), byRegion, byId, allocated, remaining, regionIdx,
                    regions.keySet().toArray(String[]::new), trancheIdxOfCell, tranches.keySet().toArray(String[]::new),
                    trancheIdx, started);
        });
    }

    /** One campaign: clinics in listing order, and its cells as flat arrays indexed from {@link ClinicCells}. */
    private record View(List<ClinicCells> clinics, Map<String, List<ClinicCells>> byRegion,
                        Map<String, ClinicCells> byId, int[] allocated, AtomicIntegerArray remaining,
                        int[] regionIdx, String[] regionNames, int[] trancheIdxOfCell, String[] trancheNames,
                        Map<String, Integer> trancheIdx, long loadedAt) {
        /** The indexes of these tranches (those this campaign has no stock in are left out). */
        int[] trancheIndexes(Collection<String> tranches) {
            int[] out = new int[tranches.size()];
            int n = 0;
            for (String t : tranches) {
                Integer i = trancheIdx.get(t);
                if (i != null) {
                    out[n++] = i;
                }
            }
            return n == out.length ? out : Arrays.copyOf(out, n);
        }
    }

    /**
     * One clinic's cells, flat: its vaccination dates as sorted epoch days, and per date and
     * tranche the index of the cell (or -1). A province's listing reads one entry per clinic and
     * tranche from these arrays; looking the cells up in maps keyed by date and tranche name cost
     * more than writing the listing's JSON (JFR: TreeMap and HashMap lookups, cache misses).
     */
    private static final class ClinicCells {
        final Clinic clinic;
        /** Vaccination date → tranche → index of the cell, while loading only. */
        Map<LocalDate, Map<String, Integer>> loading = new TreeMap<>();
        long[] days;
        /** {@code cells[d * tranches + t]}: the cell of date {@code days[d]} and tranche {@code t}, or -1. */
        int[] cells;

        ClinicCells(Clinic clinic) {
            this.clinic = clinic;
        }

        void settle(Map<String, Integer> trancheIdx) {
            int tranches = trancheIdx.size();
            days = new long[loading.size()];
            cells = new int[loading.size() * tranches];
            Arrays.fill(cells, -1);
            int d = 0;
            for (Map.Entry<LocalDate, Map<String, Integer>> e : loading.entrySet()) {
                days[d] = e.getKey().toEpochDay();
                for (Map.Entry<String, Integer> c : e.getValue().entrySet()) {
                    cells[d * tranches + trancheIdx.get(c.getKey())] = c.getValue();
                }
                d++;
            }
            loading = null;
        }

        /** Doses left on {@code days[d]} in the tranches {@code wanted}. */
        int sum(View v, int d, int[] wanted) {
            int base = d * v.trancheNames.length;
            int sum = 0;
            for (int t : wanted) {
                int cell = cells[base + t];
                if (cell >= 0) {
                    sum += v.remaining.get(cell);
                }
            }
            return sum;
        }
    }
}
