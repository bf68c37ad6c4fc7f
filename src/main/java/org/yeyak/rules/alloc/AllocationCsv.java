package org.yeyak.rules.alloc;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an allocation as a CSV file an official can open in a spreadsheet.
 *
 * <p>Layout: one row per clinic and vaccination date, one column per tranche — {@code region,
 * clinic_id, clinic_name, date, capacity, <tranche labels…>, total} — all figures in doses. This
 * is how an official reads it (a clinic's day, split across the booking days, next to its
 * capacity), and it stays within a spreadsheet's row limit: 14,000 clinics × 36 dates is 504,000
 * rows, where one row per tranche would be 5.5 million (Excel stops at 1,048,576).
 *
 * <p>UTF-8 with a byte-order mark so that Excel shows Korean clinic names rather than mojibake;
 * CRLF line ends (RFC 4180); ISO dates; quoting by Jackson's CSV module. The caller's stream is
 * flushed, never closed.
 */
public final class AllocationCsv {
    static final char BOM = '\uFEFF';
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    private AllocationCsv() {
    }

    private static final List<String> FIXED = List.of("region", "clinic_id", "clinic_name", "date", "capacity", "total");

    /** The column names, in order; a tranche labelled like a fixed column becomes "tranche <label>". */
    public static List<String> header(AllocationRequest request) {
        List<String> columns = new ArrayList<>(FIXED.subList(0, 5));
        for (String tranche : request.tranches()) {
            columns.add(FIXED.contains(tranche) ? "tranche " + tranche : tranche);
        }
        columns.add("total");
        return columns;
    }

    /** Writes UTF-8 with BOM to {@code out}. */
    public static void write(Allocation allocation, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        write(allocation, writer);
        writer.flush();
    }

    /** Writes the BOM and the rows to {@code out}; encode it as UTF-8 when it reaches bytes. */
    public static void write(Allocation allocation, Writer out) throws IOException {
        AllocationRequest r = allocation.request();
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        for (String column : header(r)) {
            schema.addColumn(column);
        }
        out.write(BOM);
        int tranches = r.trancheCount();
        Object[] row = new Object[6 + tranches];
        try (SequenceWriter rows = MAPPER.writer(schema.build()).writeValues(out)) {
            for (int c = 0; c < r.clinicCount(); c++) {
                for (int d = 0; d < r.dateCount(); d++) {
                    row[0] = r.clinicRegions().get(c);
                    row[1] = r.clinicIds().get(c);
                    row[2] = r.clinicNames().get(c);
                    row[3] = r.dates().get(d).toString();
                    row[4] = r.capacity(c, d);
                    int total = 0;
                    for (int t = 0; t < tranches; t++) {
                        int doses = allocation.doses(c, d, t);
                        row[5 + t] = doses;
                        total += doses;
                    }
                    row[5 + tranches] = total;
                    rows.write(row);
                }
            }
        }
        out.flush();
    }
}
