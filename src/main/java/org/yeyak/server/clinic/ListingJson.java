package org.yeyak.server.clinic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.yeyak.server.clinic.ClinicListing.ClinicAvailability;

/**
 * Writes the clinic listing citizens read ({@code GET /api/v1/clinics}) as the JSON bytes the
 * mapper would write, from a cached head per clinic. Everything of a listed clinic but its doses
 * left is the same for every citizen and every second, so the mapper writes it once per clinic
 * (and vaccine shown): {@code {"clinicId":…,…,"available":{}; per request only the dates and counts
 * are appended. At 20:00 every citizen reads a province's listing (up to 136 clinics, about
 * 27 KB): serializing it whole was a third of the listing's cost on the server.
 */
public final class ListingJson {
    /** Past this many heads (clinics edited again and again), the cache starts over. */
    private static final int MAX_HEADS = 20_000;
    private static final byte[] EMPTY_AVAILABLE_END = "{}}".getBytes(StandardCharsets.US_ASCII);

    private final ObjectMapper mapper;
    private final ConcurrentHashMap<Head, byte[]> heads = new ConcurrentHashMap<>();

    private record Head(String clinicId, String name, String region, String address, String vaccine) {
    }

    public ListingJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The listing as a JSON array, byte for byte what {@code mapper.writeValueAsBytes(listing)} gives. */
    public byte[] write(List<ClinicAvailability> listing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + listing.size() * 220);
        out.write('[');
        boolean first = true;
        for (ClinicAvailability a : listing) {
            if (!first) {
                out.write(',');
            }
            first = false;
            out.writeBytes(head(a));
            boolean firstDate = true;
            for (Map.Entry<LocalDate, Integer> d : a.available().entrySet()) {
                if (!firstDate) {
                    out.write(',');
                }
                firstDate = false;
                out.write('"');
                out.writeBytes(d.getKey().toString().getBytes(StandardCharsets.US_ASCII));
                out.write('"');
                out.write(':');
                out.writeBytes(Integer.toString(d.getValue()).getBytes(StandardCharsets.US_ASCII));
            }
            out.write('}');
            out.write('}');
        }
        out.write(']');
        return out.toByteArray();
    }

    /** {@code {"clinicId":…,"available":{} for this clinic: the mapper's bytes without the closing "}}". */
    private byte[] head(ClinicAvailability a) {
        Head key = new Head(a.clinicId(), a.name(), a.region(), a.address(), a.vaccine());
        byte[] h = heads.get(key);
        if (h == null) {
            if (heads.size() >= MAX_HEADS) {
                heads.clear();
            }
            h = heads.computeIfAbsent(key, this::render);
        }
        return h;
    }

    private byte[] render(Head k) {
        try {
            byte[] whole = mapper.writeValueAsBytes(new ClinicAvailability(k.clinicId(), k.name(), k.region(),
                    k.address(), k.vaccine(), Map.of()));
            int end = whole.length - EMPTY_AVAILABLE_END.length;
            for (int i = 0; i < EMPTY_AVAILABLE_END.length; i++) {
                if (whole[end + i] != EMPTY_AVAILABLE_END[i]) {
                    throw new IllegalStateException("The listing's clinic no longer ends with its doses left");
                }
            }
            return java.util.Arrays.copyOf(whole, end + 1);   // keeps the "{" that opens "available"
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
