package org.yeyak.rules.alloc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AllocationCsvTest {
    private static final String GANGNAM = "서울 강남구 \"하나\" 내과의원, 2층";

    private final Allocation allocation = new StockAllocator().allocate(AllocationRequest.builder()
            .doses(6 * 40).vialSize(6)
            .dates(List.of(LocalDate.of(2021, 8, 26), LocalDate.of(2021, 8, 27)))
            .tranches(List.of("8/9 (1)", "8/10 (2)", "catch-up"))
            .clinic("seoul-1", GANGNAM, "11", 60, 0)
            .clinic("jeju-1", "제주 제주시 세모소아과", "50", 30, 12)
            .build());

    @Test
    void startsWithAUtf8ByteOrderMarkSoExcelReadsKorean() throws IOException {
        byte[] bytes = csv();

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("제주 제주시 세모소아과");
    }

    @Test
    void parsesBackToOneRowPerClinicAndDateWithKoreanNamesIntact() throws IOException {
        List<Map<String, String>> rows = parse(csv());

        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).keySet()).containsExactly(
                "region", "clinic_id", "clinic_name", "date", "capacity", "8/9 (1)", "8/10 (2)", "catch-up", "total");
        Map<String, String> first = rows.get(0);
        assertThat(first).containsEntry("clinic_name", GANGNAM).containsEntry("date", "2021-08-26")
                .containsEntry("region", "11").containsEntry("capacity", "60");
        for (Map<String, String> row : rows) {
            int perTranche = Integer.parseInt(row.get("8/9 (1)")) + Integer.parseInt(row.get("8/10 (2)"))
                    + Integer.parseInt(row.get("catch-up"));
            assertThat(Integer.parseInt(row.get("total"))).isEqualTo(perTranche)
                    .isLessThanOrEqualTo(Integer.parseInt(row.get("capacity")));
        }
        long total = rows.stream().mapToLong(row -> Long.parseLong(row.get("total"))).sum();
        assertThat(total).isEqualTo(allocation.placedDoses());
        assertThat(rows.get(1)).containsEntry("total", "0"); // closed on the 27th
    }

    @Test
    void linesEndWithCrLf() throws IOException {
        String text = new String(csv(), StandardCharsets.UTF_8);

        assertThat(text.split("\r\n", -1)).hasSize(1 + 4 + 1);
    }

    @Test
    void aTrancheNamedLikeAFixedColumnGetsItsOwnHeader() {
        AllocationRequest request = AllocationRequest.builder().doses(0).vialSize(6)
                .dates(List.of(LocalDate.of(2021, 8, 26))).tranches(List.of("day 1", "total"))
                .clinic("a", null, "11", 6).build();

        assertThat(AllocationCsv.header(request)).containsExactly(
                "region", "clinic_id", "clinic_name", "date", "capacity", "day 1", "tranche total", "total");
    }

    private byte[] csv() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AllocationCsv.write(allocation, out);
        return out.toByteArray();
    }

    private static List<Map<String, String>> parse(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.charAt(0)).isEqualTo(AllocationCsv.BOM);
        try (MappingIterator<Map<String, String>> it = new CsvMapper()
                .readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(text.substring(1))) {
            return it.readAll();
        }
    }
}
