package org.yeyak.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.yeyak.rules.alloc.Allocation;
import org.yeyak.rules.alloc.AllocationPolicy;
import org.yeyak.rules.alloc.AllocationRequest;
import org.yeyak.rules.alloc.StockAllocator;

/**
 * The national case: 14,000 clinics × 36 vaccination dates × 11 tranches (ten booking days and
 * catch-up) = 5,544,000 cells, Pfizer vials of 6, 10 million doses. Capacities are seeded random
 * (one clinic-date in ten closed, the rest 1–80 doses a day), so many clinic-dates fill up and the
 * rest share the remainder; with {@code booked}, a third of the cells already hold bookings.
 * The time includes building the summary. Run:
 * {@code mvn -q test-compile exec:exec@jmh -Djmh.args="StockAllocatorBench -f 1 -wi 2 -i 3"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class StockAllocatorBench {
    private static final String[] REGIONS = {
        "11", "26", "27", "28", "29", "30", "31", "36", "41", "42", "43", "44", "45", "46", "47", "48", "50"};
    // End-of-2021 resident population per region (shared/data/provinces.csv).
    private static final long[] POPULATION = {
        9_509_458, 3_350_380, 2_385_412, 2_948_375, 1_441_611, 1_452_251, 1_121_592, 371_895,
        13_565_450, 1_538_492, 1_597_427, 2_119_257, 1_786_855, 1_832_803, 2_626_609, 3_314_183, 676_759};
    static final int CLINICS = 14_000;
    static final int DATES = 36;
    static final int TRANCHES = 11;

    @Param({"EVEN_PER_CLINIC", "PRO_RATA_POPULATION"})
    public AllocationPolicy policy;

    @Param({"false", "true"})
    public boolean booked;

    private final StockAllocator allocator = new StockAllocator();
    private AllocationRequest request;

    @Setup
    public void setUp() {
        request = nationalRequest(policy, booked);
    }

    @Benchmark
    public Allocation allocate() {
        return allocator.allocate(request);
    }

    static AllocationRequest nationalRequest(AllocationPolicy policy, boolean withBookings) {
        SplittableRandom random = new SplittableRandom(2021);
        List<LocalDate> dates = new ArrayList<>();
        for (int d = 0; d < DATES; d++) {
            dates.add(LocalDate.of(2021, 8, 26).plusDays(d));
        }
        List<String> tranches = new ArrayList<>();
        for (int t = 1; t <= 10; t++) {
            tranches.add("day " + t);
        }
        tranches.add("catch-up");
        AllocationRequest.Builder builder = AllocationRequest.builder()
                .doses(10_000_000).vialSize(6).policy(policy)
                .dates(dates).tranches(tranches);
        long totalPopulation = 0;
        for (int r = 0; r < REGIONS.length; r++) {
            builder.regionPopulation(REGIONS[r], POPULATION[r]);
            totalPopulation += POPULATION[r];
        }
        for (int c = 0; c < CLINICS; c++) {
            // Clinics per region in proportion to population.
            long pick = random.nextLong(totalPopulation);
            int region = 0;
            while (pick >= POPULATION[region]) {
                pick -= POPULATION[region++];
            }
            int[] capacity = new int[DATES];
            for (int d = 0; d < DATES; d++) {
                capacity[d] = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(80);
            }
            builder.clinic("clinic-" + c, null, REGIONS[region], capacity);
        }
        if (withBookings) {
            int[] counts = new int[CLINICS * DATES * TRANCHES];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = random.nextInt(3) == 0 ? random.nextInt(4) : 0;
            }
            builder.booked(counts);
        }
        return builder.build();
    }
}
