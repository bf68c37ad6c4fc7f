package org.yeyak.server.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.yeyak.server.admin.ClinicCsv;
import org.yeyak.server.clinic.Clinic;

/**
 * The demo clinics: {@code assets/demo/clinics.csv}, which Maven puts on the class path as
 * {@value #RESOURCE}. It is in the officials' clinic import format ({@link ClinicCsv}), so the demo
 * data set is a file anyone can read, and one a console can import elsewhere.
 *
 * <p>The file holds 516 synthetic clinics, one per 100,000 inhabitants of each province (at least
 * three), with names and addresses that look real ("서울 광진구 바른가정의학과의원",
 * "서울특별시 광진구 대학로 288") and ids {@code c-<region>-0001} …. It was generated once from a
 * fixed seed and is now the source: edit it as data, but keep the ids (bookings and the docs
 * refer to them).
 *
 * <p>Why not more: each clinic brings 36 vaccination dates × 10 booking days = 360 stock rows,
 * and the first start must write them all (H2 takes some 20 µs of CPU per row); ~520 clinics
 * give ~190,000 rows, a few seconds once per data folder.
 */
public final class DemoClinics {
    static final String RESOURCE = "/demo/clinics.csv";

    private DemoClinics() {
    }

    /** Every demo clinic, in the file's order; a bad file is a broken build, so it throws. */
    public static List<Clinic> load() {
        byte[] csv;
        try (InputStream in = DemoClinics.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the class path");
            }
            csv = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ClinicCsv.Parsed parsed = ClinicCsv.parse(csv);
        if (!parsed.errors().isEmpty()) {
            ClinicCsv.RowError e = parsed.errors().get(0);
            throw new IllegalStateException(RESOURCE + " line " + e.line() + ", " + e.field() + ": " + e.message());
        }
        List<Clinic> clinics = parsed.rows().stream().map(ClinicCsv.Row::clinic).toList();
        clinics.stream().filter(k -> k.id().isBlank()).findFirst().ifPresent(k -> {
            throw new IllegalStateException(RESOURCE + ": clinic '" + k.name() + "' has no id");
        });
        return clinics;
    }
}
