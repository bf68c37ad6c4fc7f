package org.yeyak.rules.alloc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything the engine needs to split one vaccine's stock: doses and vial size, the clinics
 * (id, display name, region code, capacity per vaccination date), the vaccination dates, the
 * tranches (the ten birth-digit booking days, then catch-up), the policy, region populations (for
 * {@link AllocationPolicy#PRO_RATA_POPULATION}), and optionally the doses already booked per cell.
 *
 * <p>Cells are addressed by indices: clinic {@code c} in the order clinics were added, date
 * {@code d} and tranche {@code t} in list order. Capacity is per clinic-date, flat at
 * {@code c * dates + d}; booked counts are per cell, flat at {@link #cellIndex(int, int, int)}.
 *
 * <p>{@code doses} is the campaign's whole stock of the vaccine, <em>including</em> doses already
 * booked: re-allocation redistributes the rest and never moves a booked dose.
 *
 * <p>Build one with {@link #builder()}; the arrays are copied, so a request never changes.
 */
public final class AllocationRequest {
    private final long doses;
    private final int vialSize;
    private final AllocationPolicy policy;
    private final List<String> clinicIds;
    private final List<String> clinicNames;
    private final List<String> clinicRegions;
    private final List<LocalDate> dates;
    private final List<String> tranches;
    private final int[] capacity;
    private final int[] booked;
    private final Map<String, Long> regionPopulation;
    private final long rotationSeed;

    private AllocationRequest(Builder b) {
        if (b.doses < 0) {
            throw new IllegalArgumentException("doses must not be negative: " + b.doses);
        }
        if (b.vialSize < 1) {
            throw new IllegalArgumentException("vialSize must be at least 1: " + b.vialSize);
        }
        if (b.tranches.isEmpty()) {
            throw new IllegalArgumentException("at least one tranche is needed");
        }
        this.doses = b.doses;
        this.vialSize = b.vialSize;
        this.policy = Objects.requireNonNull(b.policy, "policy");
        this.clinicIds = List.copyOf(b.clinicIds);
        this.clinicNames = List.copyOf(b.clinicNames);
        this.clinicRegions = List.copyOf(b.clinicRegions);
        this.dates = List.copyOf(b.dates);
        this.tranches = List.copyOf(b.tranches);
        requireUnique(clinicIds, "clinic ids");
        requireUnique(dates, "dates");
        requireUnique(tranches, "tranche labels");
        long cells = (long) clinicIds.size() * dates.size() * tranches.size();
        if (cells > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many cells: " + cells);
        }
        int clinicDates = clinicIds.size() * dates.size();
        this.capacity = new int[clinicDates];
        for (int c = 0; c < clinicIds.size(); c++) {
            int[] perDate = b.capacities.get(c);
            if (perDate.length != dates.size()) {
                throw new IllegalArgumentException("clinic " + clinicIds.get(c) + " has "
                        + perDate.length + " capacities for " + dates.size() + " dates");
            }
            for (int d = 0; d < perDate.length; d++) {
                if (perDate[d] < 0) {
                    throw new IllegalArgumentException("negative capacity at clinic " + clinicIds.get(c));
                }
            }
            System.arraycopy(perDate, 0, capacity, c * dates.size(), perDate.length);
        }
        if (b.booked == null) {
            this.booked = null;
        } else {
            if (b.booked.length != cells) {
                throw new IllegalArgumentException("booked has " + b.booked.length + " cells, expected " + cells);
            }
            for (int v : b.booked) {
                if (v < 0) {
                    throw new IllegalArgumentException("booked counts must not be negative");
                }
            }
            this.booked = b.booked.clone();
        }
        this.regionPopulation = Map.copyOf(b.regionPopulation);
        if (policy == AllocationPolicy.PRO_RATA_POPULATION) {
            for (String region : clinicRegions) {
                Long pop = regionPopulation.get(region);
                if (pop == null || pop < 1 || pop > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException("PRO_RATA_POPULATION needs a population "
                            + "between 1 and 2^31-1 for region " + region);
                }
            }
        }
        this.rotationSeed = b.rotationSeed;
    }

    private static void requireUnique(List<?> values, String what) {
        if (new HashSet<>(values).size() != values.size()) {
            throw new IllegalArgumentException(what + " must be unique");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public long doses() {
        return doses;
    }

    public int vialSize() {
        return vialSize;
    }

    public AllocationPolicy policy() {
        return policy;
    }

    public List<String> clinicIds() {
        return clinicIds;
    }

    /** Display names (Korean names intact); the id when none was given. */
    public List<String> clinicNames() {
        return clinicNames;
    }

    /** Region (시도) code per clinic, e.g. {@code "11"} for Seoul. */
    public List<String> clinicRegions() {
        return clinicRegions;
    }

    public List<LocalDate> dates() {
        return dates;
    }

    /** Tranche labels in booking order, e.g. the ten booking days then {@code "catch-up"}. */
    public List<String> tranches() {
        return tranches;
    }

    public int clinicCount() {
        return clinicIds.size();
    }

    public int dateCount() {
        return dates.size();
    }

    public int trancheCount() {
        return tranches.size();
    }

    /** Number of (clinic, date, tranche) cells. */
    public int cellCount() {
        return clinicIds.size() * dates.size() * tranches.size();
    }

    /** Flat index of a cell: {@code (clinic * dates + date) * tranches + tranche}. */
    public int cellIndex(int clinic, int date, int tranche) {
        return (clinic * dates.size() + date) * tranches.size() + tranche;
    }

    /** Capacity in doses of a clinic on a vaccination date (0 = closed), shared by its tranches. */
    public int capacity(int clinic, int date) {
        return capacity[clinic * dates.size() + date];
    }

    /** Doses already booked in a cell (0 when the request carries no booked counts). */
    public int booked(int clinic, int date, int tranche) {
        return booked == null ? 0 : booked[cellIndex(clinic, date, tranche)];
    }

    public boolean hasBooked() {
        return booked != null;
    }

    public Map<String, Long> regionPopulation() {
        return regionPopulation;
    }

    /** Where the walk that hands out extra vials starts (see {@link StockAllocator}). */
    public long rotationSeed() {
        return rotationSeed;
    }

    int[] capacityArray() {
        return capacity;
    }

    int[] bookedArray() {
        return booked;
    }

    /** Assembles a request; clinics are indexed in the order they are added. */
    public static final class Builder {
        private long doses;
        private int vialSize = 1;
        private AllocationPolicy policy = AllocationPolicy.EVEN_PER_CLINIC;
        private final List<String> clinicIds = new ArrayList<>();
        private final List<String> clinicNames = new ArrayList<>();
        private final List<String> clinicRegions = new ArrayList<>();
        private final List<int[]> capacities = new ArrayList<>();
        private final List<LocalDate> dates = new ArrayList<>();
        private final List<String> tranches = new ArrayList<>();
        private final Map<String, Long> regionPopulation = new TreeMap<>();
        private int[] booked;
        private Map<String, Integer> clinicIndex;
        private long rotationSeed;

        private Builder() {
        }

        /** The whole stock of the vaccine in doses, booked ones included. */
        public Builder doses(long doses) {
            this.doses = doses;
            return this;
        }

        /** Doses per vial (6 Pfizer, 10 Moderna/AstraZeneca, 5 Janssen); only whole vials are placed. */
        public Builder vialSize(int vialSize) {
            this.vialSize = vialSize;
            return this;
        }

        public Builder policy(AllocationPolicy policy) {
            this.policy = policy;
            return this;
        }

        public Builder dates(List<LocalDate> dates) {
            this.dates.clear();
            this.dates.addAll(dates);
            return this;
        }

        public Builder tranches(List<String> labels) {
            this.tranches.clear();
            this.tranches.addAll(labels);
            return this;
        }

        /** Adds a clinic; {@code capacityPerDate[d]} is its capacity in doses on date {@code d}. */
        public Builder clinic(String id, String name, String region, int... capacityPerDate) {
            clinicIds.add(Objects.requireNonNull(id, "clinic id"));
            clinicNames.add(name == null ? id : name);
            clinicRegions.add(Objects.requireNonNull(region, "region"));
            capacities.add(capacityPerDate.clone());
            clinicIndex = null;
            return this;
        }

        public Builder regionPopulation(String region, long population) {
            regionPopulation.put(region, population);
            return this;
        }

        public Builder regionPopulations(Map<String, Long> populations) {
            regionPopulation.putAll(populations);
            return this;
        }

        /** Booked counts for every cell at once, flat in {@link #cellIndex} order (copied). */
        public Builder booked(int[] bookedPerCell) {
            this.booked = bookedPerCell.clone();
            return this;
        }

        /**
         * Doses already booked in one cell. Call after every clinic, date and tranche is added.
         */
        public Builder booked(String clinicId, LocalDate date, String tranche, int count) {
            if (clinicIndex == null) {
                clinicIndex = new HashMap<>();
                for (int i = 0; i < clinicIds.size(); i++) {
                    clinicIndex.put(clinicIds.get(i), i);
                }
            }
            Integer c = clinicIndex.get(clinicId);
            int d = dates.indexOf(date);
            int t = tranches.indexOf(tranche);
            if (c == null || d < 0 || t < 0) {
                throw new IllegalArgumentException("no cell " + clinicId + " / " + date + " / " + tranche);
            }
            int cells = clinicIds.size() * dates.size() * tranches.size();
            if (booked == null || booked.length != cells) {
                booked = booked == null ? new int[cells] : Arrays.copyOf(booked, cells);
            }
            booked[(c * dates.size() + d) * tranches.size() + t] = count;
            return this;
        }

        /**
         * Start of the rotation that hands out extra vials. The server passes something stable per
         * campaign (e.g. a hash of its id), so that different campaigns favour different clinics
         * while one campaign's allocation stays reproducible. Default 0.
         */
        public Builder rotationSeed(long seed) {
            this.rotationSeed = seed;
            return this;
        }

        public AllocationRequest build() {
            return new AllocationRequest(this);
        }
    }
}
