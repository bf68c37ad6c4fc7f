package org.yeyak.rules.alloc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Readable examples of the allocation rules; the general laws are in {@link StockAllocatorProperties}. */
class StockAllocatorTest {
    private static final List<String> TEN_DAYS_AND_CATCH_UP = tranches(10, true);
    private static final LocalDate AUG_26 = LocalDate.of(2021, 8, 26);
    private static final LocalDate AUG_27 = LocalDate.of(2021, 8, 27);
    private final StockAllocator allocator = new StockAllocator();

    static List<String> tranches(int bookingDays, boolean catchUp) {
        List<String> labels = new ArrayList<>();
        for (int day = 1; day <= bookingDays; day++) {
            labels.add("day " + day);
        }
        if (catchUp) {
            labels.add("catch-up");
        }
        return labels;
    }

    @Test
    void threeClinicsWithAClosedOneAndATinyOneShareTenTranchesEvenly() {
        AllocationRequest request = AllocationRequest.builder()
                .doses(6 * 100).vialSize(6)
                .dates(List.of(AUG_26))
                .tranches(tranches(10, false))
                .clinic("A", "서울 강남구 하나내과의원", "11", 600)
                .clinic("B", "부산 해운대구 두리의원", "26", 0)     // closed that day
                .clinic("C", "제주 제주시 세모소아과", "50", 17)    // room for two vials only
                .build();

        Allocation allocation = allocator.allocate(request);

        assertThat(allocation.dosesAt(1, 0)).as("closed clinic").isZero();
        assertThat(allocation.dosesAt(2, 0)).as("tiny clinic gets the two whole vials it can use").isEqualTo(12);
        assertThat(allocation.dosesAt(0, 0)).as("the rest goes to the big clinic").isEqualTo(600 - 12);
        for (int t = 0; t < 10; t++) {
            assertThat(allocation.vials(0, 0, t)).isBetween(9, 10);
        }
        assertThat(allocation.unplacedDoses()).isZero();
        assertThat(allocation.summary().perClinic().closedClinics()).isEqualTo(1);
    }

    @Test
    void tranchesOfOneClinicDateDifferByAtMostOneVial() {
        AllocationRequest request = AllocationRequest.builder()
                .doses(10 * 23).vialSize(10)
                .dates(List.of(AUG_26)).tranches(TEN_DAYS_AND_CATCH_UP)
                .clinic("A", null, "11", 1000)
                .build();

        Allocation allocation = allocator.allocate(request);

        List<Integer> perTranche = new ArrayList<>();
        for (int t = 0; t < 11; t++) {
            perTranche.add(allocation.vials(0, 0, t));
        }
        assertThat(perTranche).containsOnly(2, 3);
        assertThat(perTranche.stream().mapToInt(Integer::intValue).sum()).isEqualTo(23);
    }

    @Test
    void stockBeyondCapacityIsReportedAsUnplaced() {
        AllocationRequest request = AllocationRequest.builder()
                .doses(1000).vialSize(6)
                .dates(List.of(AUG_26, AUG_27)).tranches(TEN_DAYS_AND_CATCH_UP)
                .clinic("A", null, "11", 100, 50)
                .build();

        Allocation allocation = allocator.allocate(request);

        assertThat(allocation.placedDoses()).isEqualTo(16 * 6 + 8 * 6);
        assertThat(allocation.unplacedDoses()).isEqualTo(1000 - 144);
        assertThat(allocation.unplacedVials()).isEqualTo(1000 / 6 - 24);
    }

    @Test
    void aPartialVialIsNeverPlaced() {
        AllocationRequest request = AllocationRequest.builder()
                .doses(6 * 3 + 5).vialSize(6)
                .dates(List.of(AUG_26)).tranches(List.of("day 1"))
                .clinic("A", null, "11", 100)
                .build();

        Allocation allocation = allocator.allocate(request);

        assertThat(allocation.doses(0, 0, 0)).isEqualTo(18);
        assertThat(allocation.unplacedVials()).isZero();
        assertThat(allocation.unplacedDoses()).isEqualTo(5);
    }

    @Test
    void reallocationKeepsBookedDosesEvenWhenStockShrinks() {
        AllocationRequest.Builder builder = AllocationRequest.builder()
                .doses(6 * 4).vialSize(6)
                .dates(List.of(AUG_26)).tranches(List.of("day 1", "day 2"))
                .clinic("A", null, "11", 60)
                .clinic("B", null, "11", 60);
        builder.booked("B", AUG_26, "day 2", 13); // needs three vials

        Allocation allocation = allocator.allocate(builder.build());

        assertThat(allocation.vials(1, 0, 1)).isEqualTo(3);
        assertThat(allocation.placedVials()).isEqualTo(4);
    }

    @Test
    void stockBelowTheBookedVialsIsRefused() {
        AllocationRequest.Builder builder = AllocationRequest.builder()
                .doses(12).vialSize(6)
                .dates(List.of(AUG_26)).tranches(List.of("day 1"))
                .clinic("A", null, "11", 60);
        builder.booked("A", AUG_26, "day 1", 13);

        assertThatThrownBy(() -> allocator.allocate(builder.build()))
                .isInstanceOf(StockBelowBookedException.class)
                .extracting(e -> ((StockBelowBookedException) e).bookedDoses()).isEqualTo(18L);
    }

    @Test
    void proRataGivesTheMorePopulousRegionMoreVials() {
        AllocationRequest request = AllocationRequest.builder()
                .doses(10 * 30).vialSize(10).policy(AllocationPolicy.PRO_RATA_POPULATION)
                .dates(List.of(AUG_26)).tranches(List.of("day 1"))
                .clinic("seoul", null, "11", 10_000)
                .clinic("jeju", null, "50", 10_000)
                .regionPopulation("11", 2_000_000).regionPopulation("50", 1_000_000)
                .build();

        Allocation allocation = allocator.allocate(request);

        assertThat(allocation.vials(0, 0, 0)).isEqualTo(20);
        assertThat(allocation.vials(1, 0, 0)).isEqualTo(10);
        assertThat(allocation.summary().perRegion()).extracting(AllocationSummary.RegionTotal::doses)
                .containsExactly(200L, 100L);
    }

    @Test
    void proRataNeedsEveryRegionsPopulation() {
        assertThatThrownBy(() -> AllocationRequest.builder()
                .doses(10).vialSize(10).policy(AllocationPolicy.PRO_RATA_POPULATION)
                .dates(List.of(AUG_26)).tranches(List.of("day 1"))
                .clinic("seoul", null, "11", 100)
                .build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("11");
    }

    @Test
    void duplicateTrancheLabelsAreRefused() {
        assertThatThrownBy(() -> AllocationRequest.builder().doses(6).vialSize(6)
                .dates(List.of(AUG_26)).tranches(List.of("day 1", "day 1")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tranche");
    }

    @Test
    void extraVialsDoNotAlwaysFavourTheFirstClinic() {
        AllocationRequest.Builder builder = AllocationRequest.builder()
                .doses(10 * 5).vialSize(10)
                .dates(List.of(AUG_26)).tranches(List.of("day 1"));
        for (int c = 0; c < 10; c++) {
            builder.clinic("clinic-" + c, null, "11", 100);
        }
        Allocation allocation = allocator.allocate(builder.build());
        Allocation reseeded = allocator.allocate(builder.rotationSeed(3).build());

        assertThat(allocation.placedVials()).isEqualTo(5);
        // The five extras are scattered, not clinics 0-4, and a new seed picks other clinics.
        List<Integer> favoured = favoured(allocation);
        assertThat(favoured).hasSize(5).isNotEqualTo(List.of(0, 1, 2, 3, 4));
        assertThat(favoured(reseeded)).hasSize(5).isNotEqualTo(favoured);
    }

    private static List<Integer> favoured(Allocation allocation) {
        List<Integer> clinics = new ArrayList<>();
        for (int c = 0; c < allocation.request().clinicCount(); c++) {
            if (allocation.vials(c, 0, 0) > 0) {
                clinics.add(c);
            }
        }
        return clinics;
    }
}
