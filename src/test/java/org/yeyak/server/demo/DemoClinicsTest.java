package org.yeyak.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yeyak.server.clinic.Clinic;
import org.yeyak.server.clinic.Region;

/**
 * The demo clinics file ({@code assets/demo/clinics.csv}) and its loader agree with what API.md and
 * docs/api.md promise of the demo data set: one clinic per 100,000 inhabitants (at least three),
 * stable ids, unique names.
 */
class DemoClinicsTest {
    static final List<Clinic> clinics = DemoClinics.load();
    static final Map<String, Region> regions = DemoData.provinces().stream()
            .collect(Collectors.toMap(Region::code, Function.identity()));

    @Test
    void theServerReadsTheAssetsFileByteForByte() throws Exception {
        assertThat(DemoClinics.class.getResourceAsStream(DemoClinics.RESOURCE).readAllBytes())
                .isEqualTo(Files.readAllBytes(Path.of("assets/demo/clinics.csv")));
    }

    @Test
    void everyProvinceHasOneClinicPerHundredThousandInhabitantsAndAtLeastThree() {
        Map<String, Long> perRegion = clinics.stream().collect(Collectors.groupingBy(Clinic::region, Collectors.counting()));

        assertThat(perRegion.keySet()).isEqualTo(regions.keySet());
        regions.values().forEach(r -> assertThat(perRegion.get(r.code())).as(r.nameEn())
                .isEqualTo(Math.max(3, Math.round(r.population() / 100_000.0))));
        assertThat(clinics).hasSize(516);
    }

    @Test
    void idsNumberEachProvincesClinicsFromOneInFileOrder() {
        Map<String, List<Clinic>> byRegion = clinics.stream().collect(Collectors.groupingBy(Clinic::region));
        byRegion.forEach((region, list) -> {
            for (int i = 0; i < list.size(); i++) {
                assertThat(list.get(i).id()).isEqualTo(String.format("c-%s-%04d", region, i + 1));
            }
        });
        // Pinned: bookings, docs and tests name these clinics.
        assertThat(clinics.get(0)).isEqualTo(new Clinic("c-11-0001", "11", "서울 광진구 바른가정의학과의원",
                "서울특별시 광진구 대학로 288", null, 120, true));
        assertThat(clinics.get(clinics.size() - 1).id()).isEqualTo("c-50-0007");
    }

    @Test
    void namesAreUniqueAndAddressesAreInTheirProvince() {
        assertThat(clinics).extracting(Clinic::name).doesNotHaveDuplicates();
        assertThat(clinics).extracting(Clinic::id).doesNotHaveDuplicates();
        assertThat(clinics).allSatisfy(k -> {
            assertThat(k.address()).startsWith(regions.get(k.region()).nameKo() + " ");
            assertThat(k.name()).matches("\\S+ \\S+ \\S+(의원|병원)( \\d+)?");
            assertThat(k.active()).isTrue();
            assertThat(k.vaccine()).as("the campaign's vaccine").isNull();
        });
    }

    @Test
    void dailyCapacityIsSixtyNinetyOrOneHundredTwentyAndOneHundredEightyForAHospital() {
        assertThat(clinics).allSatisfy(k -> assertThat(k.dailyCapacity())
                .isIn(k.name().endsWith("병원") ? List.of(180) : List.of(60, 90, 120)));
    }
}
