package org.yeyak.server.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.yeyak.server.clinic.ClinicListing.ClinicAvailability;
import org.yeyak.server.http.WebJson;

/** The listing written from cached heads is byte for byte what the mapper writes. */
class ListingJsonTest {
    private final ListingJson json = new ListingJson(WebJson.mapper());

    @Test
    void sameBytesAsTheMapperForAwkwardClinics() throws Exception {
        List<ClinicAvailability> listing = List.of(
                new ClinicAvailability("k-seoul-1", "서울 \"으뜸\" 의원", "11", "종로구 1\\2\n(3층)", "Pfizer",
                        Map.of(LocalDate.of(2021, 8, 26), 12)),
                new ClinicAvailability("k-busan-1", "Busan </script> Clinic", "26", "\u0001 tab\there", "Moderna",
                        new TreeMap<>(Map.of(LocalDate.of(2021, 8, 26), 0, LocalDate.of(2021, 9, 30), 2_000_000))),
                new ClinicAvailability("k-jeju-1", "Jeju 🍊", "50", "", "AZ", Map.of()));
        assertSame(listing);
        assertSame(listing);   // now from the cache
        assertSame(List.of());
    }

    @Test
    void sameBytesAsTheMapperForRandomListings() throws Exception {
        Random r = new Random(2021);
        for (int round = 0; round < 200; round++) {
            List<ClinicAvailability> listing = new ArrayList<>();
            for (int i = 0, n = r.nextInt(40); i < n; i++) {
                Map<LocalDate, Integer> available = new TreeMap<>();
                for (int d = 0, days = r.nextInt(4); d < days; d++) {
                    available.put(LocalDate.of(2021, 8, 26).plusDays(r.nextInt(36)), r.nextInt(3) == 0 ? 0 : r.nextInt(500));
                }
                int k = r.nextInt(60);   // clinics repeat across rounds: heads come from the cache
                listing.add(new ClinicAvailability("k-" + k, "의원 " + k, String.valueOf(11 + k % 7), "주소 " + k,
                        k % 2 == 0 ? "Pfizer" : "Moderna", available));
            }
            assertSame(listing);
        }
    }

    private void assertSame(List<ClinicAvailability> listing) throws Exception {
        String expected = new String(WebJson.mapper().writeValueAsBytes(listing), StandardCharsets.UTF_8);
        assertThat(new String(json.write(listing), StandardCharsets.UTF_8)).isEqualTo(expected);
    }
}
