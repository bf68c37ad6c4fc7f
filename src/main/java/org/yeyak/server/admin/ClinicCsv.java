package org.yeyak.server.admin;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yeyak.server.clinic.Clinic;
import org.yeyak.server.http.ApiError;

/**
 * Clinics as CSV: UTF-8 (a leading byte-order mark is tolerated on import and written on
 * export, so that spreadsheet programs show Korean names), a header row naming the columns
 * {@value #HEADER} in any order ({@code region}, {@code name}, {@code address} and
 * {@code dailyCapacity} required; a blank {@code id} means a new clinic). Parsing reports every
 * bad row by its line number; the caller imports nothing unless there are none.
 */
public final class ClinicCsv {
    public static final String HEADER = "id,region,name,address,vaccine,dailyCapacity,active";
    private static final List<String> COLUMNS = List.of(HEADER.split(","));
    private static final List<String> REQUIRED = List.of("region", "name", "address", "dailyCapacity");
    public static final int MAX_ERRORS = 100;
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    private ClinicCsv() {
    }

    /** A bad row: its 1-based line in the file, the column, and what is wrong. */
    public record RowError(long line, String field, String message) {
    }

    /** One good row and the line it came from. */
    public record Row(long line, Clinic clinic) {
    }

    public record Parsed(List<Row> rows, List<RowError> errors) {
    }

    public static Parsed parse(byte[] body) {
        String text = utf8(body);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Row> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        try (MappingIterator<List<String>> it = CSV.readerFor(List.class).with(CsvSchema.emptySchema()).readValues(text)) {
            if (!it.hasNextValue()) {
                throw ApiError.invalidInput("csv", "The file is empty; the first line names the columns: " + HEADER + ".");
            }
            Map<String, Integer> index = header(it.nextValue());
            while (it.hasNextValue() && errors.size() < MAX_ERRORS) {
                List<String> cells = it.nextValue();
                long line = it.getParser().getTokenLocation().getLineNr();
                if (cells.size() == 1 && cells.get(0).isBlank()) {
                    continue;
                }
                if (cells.size() != index.size()) {
                    errors.add(new RowError(line, "row", "Expected " + index.size() + " columns, found " + cells.size() + "."));
                    continue;
                }
                try {
                    rows.add(new Row(line, row(cells, index)));
                } catch (ApiError e) {
                    errors.add(new RowError(line, String.valueOf(e.toProblem().extension("field")), e.getMessage()));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiError a) {
                throw a;
            }
            throw ApiError.invalidInput("csv", "The file is not valid CSV: " + firstLine(e.getMessage()));
        }
        return new Parsed(rows, errors);
    }

    private static Map<String, Integer> header(List<String> names) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String raw = names.get(i).strip();
            String col = COLUMNS.stream().filter(c -> c.equalsIgnoreCase(raw)).findFirst()
                    .orElseThrow(() -> ApiError.invalidInput("csv", "Line 1: unknown column '" + raw + "'; columns are " + HEADER + ".")
                            .with("line", 1));
            if (index.put(col, i) != null) {
                throw ApiError.invalidInput("csv", "Line 1: column '" + col + "' appears twice.").with("line", 1);
            }
        }
        for (String required : REQUIRED) {
            if (!index.containsKey(required)) {
                throw ApiError.invalidInput("csv", "Line 1: column '" + required + "' is missing.").with("line", 1);
            }
        }
        return index;
    }

    private static Clinic row(List<String> cells, Map<String, Integer> index) {
        String capacity = cell(cells, index, "dailyCapacity");
        Integer cap;
        try {
            cap = capacity == null || capacity.isBlank() ? null : Integer.valueOf(capacity.strip());
        } catch (NumberFormatException e) {
            throw ApiError.invalidInput("dailyCapacity", "Not a whole number: '" + capacity + "'.");
        }
        String active = cell(cells, index, "active");
        Boolean on = null;
        if (active != null && !active.isBlank()) {
            on = switch (active.strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1" -> true;
                case "false", "no", "0" -> false;
                default -> throw ApiError.invalidInput("active", "Use true or false, not '" + active + "'.");
            };
        }
        ClinicForm form = new ClinicForm(cell(cells, index, "id"), cell(cells, index, "region"), cell(cells, index, "name"),
                cell(cells, index, "address"), cell(cells, index, "vaccine"), cap, on);
        return form.toClinic(form.id());
    }

    private static String cell(List<String> cells, Map<String, Integer> index, String column) {
        Integer i = index.get(column);
        return i == null ? null : cells.get(i);
    }

    /** The clinics as CSV text with a byte-order mark, in the column order of {@value #HEADER}. */
    public static byte[] write(List<Clinic> clinics) {
        CsvSchema schema = CsvSchema.emptySchema();
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (var w = CSV.writer(schema).writeValues(out)) {
            w.write(COLUMNS);
            for (Clinic k : clinics) {
                w.write(List.of(k.id(), k.region(), k.name(), k.address(), k.vaccine() == null ? "" : k.vaccine(),
                        Integer.toString(k.dailyCapacity()), Boolean.toString(k.active())));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write CSV to memory", e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ApiError.invalidInput("csv", "The file is not UTF-8 (save it as 'CSV UTF-8').");
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
