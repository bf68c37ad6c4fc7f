package org.yeyak.rules.alloc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.yeyak.rules.alloc.RandomRequests.Shape;

/** The laws of the allocation engine, over random small campaigns (both policies, with and
 *  without bookings, capacities from closed to roomy, stock from none to more than fits). */
class StockAllocatorProperties {
    private final StockAllocator allocator = new StockAllocator();

    @Provide
    Arbitrary<Shape> shapes() {
        return Combinators.combine(
                Arbitraries.longs(),
                Arbitraries.integers().between(0, 7),
                Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(1, 11),
                Arbitraries.of(1, 5, 6, 10),
                Arbitraries.of(false, true),
                Arbitraries.of(AllocationPolicy.class)).as(Shape::new);
    }

    @Property
    void placedPlusUnplacedIsTheStockInVials(@ForAll("shapes") Shape shape,
                                             @ForAll @IntRange(max = 3000) int doses) {
        AllocationRequest request = RandomRequests.request(shape, doses);
        Allocation a = allocator.allocate(request);

        long sum = 0;
        for (int v : a.vialsPerCell()) {
            sum += v;
        }
        assertThat(sum).isEqualTo(a.placedVials());
        assertThat(a.placedVials() + a.unplacedVials()).isEqualTo(request.doses() / request.vialSize());
        assertThat(a.placedDoses() + a.unplacedDoses()).isEqualTo(request.doses());
        assertThat(a.unplacedVials()).isNotNegative();
        assertThat(a.summary().placedDoses()).isEqualTo(a.placedDoses());
    }

    @Property
    void theSummaryAddsUpEveryWay(@ForAll("shapes") Shape shape, @ForAll @IntRange(max = 3000) int doses) {
        AllocationRequest r = RandomRequests.request(shape, doses);
        Allocation a = allocator.allocate(r);
        AllocationSummary s = a.summary();

        assertThat(s.perTranche().stream().mapToLong(AllocationSummary.TrancheTotal::doses).sum())
                .isEqualTo(a.placedDoses());
        assertThat(s.perDate().stream().mapToLong(AllocationSummary.DateTotal::doses).sum())
                .isEqualTo(a.placedDoses());
        assertThat(s.perRegion().stream().mapToLong(AllocationSummary.RegionTotal::doses).sum())
                .isEqualTo(a.placedDoses());
        assertThat(s.perDate().stream().mapToLong(AllocationSummary.DateTotal::capacity).sum())
                .isEqualTo(s.capacityDoses());
        assertThat(s.perRegion().stream().mapToInt(AllocationSummary.RegionTotal::clinics).sum())
                .isEqualTo(r.clinicCount());
        assertThat(s.perClinic().openClinics() + s.perClinic().closedClinics()).isEqualTo(r.clinicCount());
        assertThat(s.perClinic().minDoses()).isLessThanOrEqualTo(s.perClinic().maxDoses());
        for (int c = 0; c < r.clinicCount(); c++) {
            if (r.clinicIds().get(c).equals(s.perClinic().maxClinicId())) {
                assertThat(a.clinicDoses(c)).isEqualTo(s.perClinic().maxDoses());
            }
            if (r.clinicIds().get(c).equals(s.perClinic().minClinicId())) {
                assertThat(a.clinicDoses(c)).isEqualTo(s.perClinic().minDoses());
            }
        }
        assertThat(s.unplacedDoses()).isEqualTo(r.doses() - a.placedDoses());
    }

    @Property
    void noClinicDateHoldsMoreThanItsCapacityOrItsBookings(@ForAll("shapes") Shape shape,
                                                          @ForAll @IntRange(max = 3000) int doses) {
        AllocationRequest r = RandomRequests.request(shape, doses);
        Allocation a = allocator.allocate(r);

        for (int c = 0; c < r.clinicCount(); c++) {
            for (int d = 0; d < r.dateCount(); d++) {
                int bookedVials = 0;
                for (int t = 0; t < r.trancheCount(); t++) {
                    bookedVials += RandomRequests.ceilDiv(r.booked(c, d, t), r.vialSize());
                }
                int allowed = Math.max(r.capacity(c, d), bookedVials * r.vialSize());
                assertThat(a.dosesAt(c, d)).isLessThanOrEqualTo(allowed);
                if (bookedVials == 0) {
                    assertThat(a.dosesAt(c, d)).isLessThanOrEqualTo(r.capacity(c, d));
                }
            }
        }
    }

    @Property
    void bookedDosesAreNeverTakenBack(@ForAll("shapes") Shape shape, @ForAll @IntRange(max = 3000) int doses) {
        AllocationRequest r = RandomRequests.request(shape, doses);
        Allocation a = allocator.allocate(r);

        for (int c = 0; c < r.clinicCount(); c++) {
            for (int d = 0; d < r.dateCount(); d++) {
                for (int t = 0; t < r.trancheCount(); t++) {
                    assertThat(a.doses(c, d, t)).isGreaterThanOrEqualTo(r.booked(c, d, t));
                }
            }
        }
    }

    /**
     * Max-min fairness in whole vials: a cell holding more than its bookings force has at most one
     * vial more than any cell (of its pool) that could still take one — a cell in a clinic-date
     * that is not full. With even policy the pool is everything; pro rata, one region.
     */
    @Property
    void cellsNotHeldDownByCapacityDifferByAtMostOneVial(@ForAll("shapes") Shape shape,
                                                         @ForAll @IntRange(max = 3000) int doses) {
        AllocationRequest r = RandomRequests.request(shape, doses);
        Allocation a = allocator.allocate(r);
        int tranches = r.trancheCount();

        for (int i = 0; i < r.cellCount(); i++) {
            int ci = i / tranches / r.dateCount();
            int vi = a.vialsAt(i);
            if (vi == 0 || vi == bookedVials(r, i)) {
                continue;
            }
            for (int j = 0; j < r.cellCount(); j++) {
                int cj = j / tranches / r.dateCount();
                boolean samePool = r.policy() == AllocationPolicy.EVEN_PER_CLINIC
                        || r.clinicRegions().get(ci).equals(r.clinicRegions().get(cj));
                boolean sameClinicDate = i / tranches == j / tranches;
                if ((samePool && !isFull(r, a, j / tranches)) || sameClinicDate) {
                    assertThat(vi).as("cell %d vs cell %d", i, j).isLessThanOrEqualTo(a.vialsAt(j) + 1);
                }
            }
        }
    }

    @Property
    void stockIsLeftUnplacedOnlyWhenEveryClinicDateIsFull(@ForAll("shapes") Shape shape,
                                                         @ForAll @IntRange(max = 3000) int doses) {
        AllocationRequest r = RandomRequests.request(shape, doses);
        Allocation a = allocator.allocate(r);

        if (a.unplacedVials() > 0) {
            for (int g = 0; g < r.clinicCount() * r.dateCount(); g++) {
                assertThat(isFull(r, a, g)).as("clinic-date %d", g).isTrue();
            }
        }
    }

    @Property
    void theSameRequestGivesTheSameAllocation(@ForAll("shapes") Shape shape, @ForAll @IntRange(max = 3000) int doses) {
        Allocation first = allocator.allocate(RandomRequests.request(shape, doses));
        Allocation second = new StockAllocator().allocate(RandomRequests.request(shape, doses));

        assertThat(second.vialsPerCell()).isEqualTo(first.vialsPerCell());
        assertThat(second.summary()).isEqualTo(first.summary());
    }

    @Property
    void moreStockNeverGivesAnyCellLess(@ForAll("shapes") Shape shape, @ForAll @IntRange(max = 3000) int doses,
                                        @ForAll @IntRange(min = 1, max = 500) int more) {
        int[] before = allocator.allocate(RandomRequests.request(shape, doses)).vialsPerCell();
        int[] after = allocator.allocate(RandomRequests.request(shape, doses + more)).vialsPerCell();

        for (int i = 0; i < before.length; i++) {
            assertThat(after[i]).as("cell %d", i).isGreaterThanOrEqualTo(before[i]);
        }
    }

    /** Where no clinic runs out of room, the rotation spreads the odd vials so evenly that the
     *  national totals of the booking days differ by at most one vial. */
    @Property
    void withRoomyClinicsTrancheTotalsDifferByAtMostOneVial(
            @ForAll @IntRange(min = 1, max = 40) int clinics, @ForAll @IntRange(min = 1, max = 5) int dates,
            @ForAll @IntRange(min = 1, max = 11) int tranches, @ForAll @IntRange(max = 5000) int vials,
            @ForAll long seed) {
        AllocationRequest.Builder builder = AllocationRequest.builder()
                .doses(vials * 6L).vialSize(6).rotationSeed(seed)
                .dates(IntStream.range(0, dates)
                        .mapToObj(d -> LocalDate.of(2021, 8, 26).plusDays(d)).toList())
                .tranches(IntStream.range(0, tranches).mapToObj(t -> "day " + t).toList());
        int[] roomy = new int[dates];
        Arrays.fill(roomy, 6 * 5000);
        for (int c = 0; c < clinics; c++) {
            builder.clinic("c" + c, null, "11", roomy);
        }
        Allocation a = allocator.allocate(builder.build());

        assertThat(a.summary().maxTrancheDoses() - a.summary().minTrancheDoses()).isLessThanOrEqualTo(6);
        assertThat(a.dosesPerClinicDate()).hasSize(clinics * dates);
        assertThat(Arrays.stream(a.dosesPerClinicDate()).asLongStream().sum()).isEqualTo(a.placedDoses());
    }

    /** The fast engine gives exactly what handing out one vial at a time gives. */
    @Property
    void theEngineEqualsHandingOutOneVialAtATime(@ForAll("shapes") Shape shape,
                                                 @ForAll @IntRange(max = 3000) int doses) {
        AllocationRequest r = RandomRequests.request(shape, doses);

        assertThat(allocator.allocate(r).vialsPerCell()).isEqualTo(OneVialAtATime.allocate(r));
    }

    /** Larger campaigns, where the odd vials are found by rank buckets holding many cells each. */
    @Property(tries = 40)
    void theEngineEqualsHandingOutOneVialAtATimeOnLargerCampaigns(
            @ForAll long seed, @ForAll @IntRange(min = 100, max = 600) int clinics,
            @ForAll boolean booked, @ForAll AllocationPolicy policy,
            @ForAll @IntRange(max = 200_000) int doses) {
        AllocationRequest r = RandomRequests.request(new Shape(seed, clinics, 5, 11, 6, booked, policy), doses);

        assertThat(allocator.allocate(r).vialsPerCell()).isEqualTo(OneVialAtATime.allocate(r));
    }

    /** D'Hondt: a region that got a vial beyond its bookings valued it at least as much per person
     *  as any region that could still take one would value its next vial. */
    @Property
    void proRataSharesFollowPopulation(@ForAll("shapes") Shape shape, @ForAll @IntRange(max = 3000) int doses) {
        Shape proRata = new Shape(shape.seed(), shape.clinics(), shape.dates(), shape.tranches(),
                shape.vialSize(), false, AllocationPolicy.PRO_RATA_POPULATION);
        AllocationRequest r = RandomRequests.request(proRata, doses);
        Allocation a = allocator.allocate(r);

        for (AllocationSummary.RegionTotal x : a.summary().perRegion()) {
            for (AllocationSummary.RegionTotal y : a.summary().perRegion()) {
                long vialsX = x.doses() / r.vialSize();
                long vialsY = y.doses() / r.vialSize();
                if (vialsX > 0 && regionHasRoom(r, a, y.region())) {
                    long popX = r.regionPopulation().get(x.region());
                    long popY = r.regionPopulation().get(y.region());
                    assertThat(popX * (vialsY + 1)).as("%s vs %s", x.region(), y.region())
                            .isGreaterThanOrEqualTo(popY * vialsX);
                }
            }
        }
    }

    private static boolean regionHasRoom(AllocationRequest r, Allocation a, String region) {
        for (int g = 0; g < r.clinicCount() * r.dateCount(); g++) {
            if (r.clinicRegions().get(g / r.dateCount()).equals(region) && !isFull(r, a, g)) {
                return true;
            }
        }
        return false;
    }

    private static int bookedVials(AllocationRequest r, int cell) {
        int t = cell % r.trancheCount();
        int g = cell / r.trancheCount();
        return RandomRequests.ceilDiv(r.booked(g / r.dateCount(), g % r.dateCount(), t), r.vialSize());
    }

    private static boolean isFull(AllocationRequest r, Allocation a, int group) {
        int c = group / r.dateCount();
        int d = group % r.dateCount();
        return a.dosesAt(c, d) + r.vialSize() > r.capacity(c, d);
    }
}
