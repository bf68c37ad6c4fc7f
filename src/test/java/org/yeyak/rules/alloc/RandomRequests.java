package org.yeyak.rules.alloc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small random requests for the property tests: a seed decides capacities, regions and bookings. */
final class RandomRequests {
    static final List<String> REGIONS = List.of("11", "26", "50");
    private static final long[] POPULATION = {9_509_458, 3_350_380, 676_759};

    private RandomRequests() {
    }

    /** The shape of a request; {@code extraDoses} comes on top of what the bookings need. */
    record Shape(long seed, int clinics, int dates, int tranches, int vialSize, boolean booked,
                 AllocationPolicy policy) {
    }

    static AllocationRequest.Builder builder(Shape shape, long extraDoses) {
        Random random = new Random(shape.seed());
        List<LocalDate> dates = new ArrayList<>();
        for (int d = 0; d < shape.dates(); d++) {
            dates.add(LocalDate.of(2021, 8, 26).plusDays(d));
        }
        List<String> tranches = new ArrayList<>();
        for (int t = 0; t < shape.tranches(); t++) {
            tranches.add("day " + (t + 1));
        }
        AllocationRequest.Builder builder = AllocationRequest.builder()
                .vialSize(shape.vialSize()).policy(shape.policy())
                .dates(dates).tranches(tranches)
                .rotationSeed(shape.seed());
        for (int r = 0; r < REGIONS.size(); r++) {
            builder.regionPopulation(REGIONS.get(r), POPULATION[r]);
        }
        int[][] capacity = new int[shape.clinics()][shape.dates()];
        for (int c = 0; c < shape.clinics(); c++) {
            for (int d = 0; d < shape.dates(); d++) {
                int kind = random.nextInt(10);
                capacity[c][d] = kind == 0 ? 0 : kind == 1 ? random.nextInt(shape.vialSize() + 2)
                        : random.nextInt(12 * shape.vialSize() + 1);
            }
            builder.clinic("c" + c, "의원 " + c, REGIONS.get(random.nextInt(REGIONS.size())), capacity[c]);
        }
        long floorDoses = 0;
        if (shape.booked()) {
            int[] booked = new int[shape.clinics() * shape.dates() * shape.tranches()];
            int cell = 0;
            for (int c = 0; c < shape.clinics(); c++) {
                for (int d = 0; d < shape.dates(); d++) {
                    for (int t = 0; t < shape.tranches(); t++, cell++) {
                        if (random.nextInt(3) == 0) {
                            // Mostly within capacity, sometimes above it (capacity lowered later).
                            int bound = Math.max(1, capacity[c][d] / shape.tranches() + random.nextInt(3));
                            booked[cell] = random.nextInt(bound);
                            floorDoses += ceilDiv(booked[cell], shape.vialSize()) * (long) shape.vialSize();
                        }
                    }
                }
            }
            builder.booked(booked);
        }
        return builder.doses(floorDoses + extraDoses);
    }

    static AllocationRequest request(Shape shape, long extraDoses) {
        return builder(shape, extraDoses).build();
    }

    static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
