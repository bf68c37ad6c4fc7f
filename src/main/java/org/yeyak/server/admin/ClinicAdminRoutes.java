package org.yeyak.server.admin;

import io.javalin.http.HandlerType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.yeyak.server.clinic.Clinic;
import org.yeyak.server.clinic.ClinicStore;
import org.yeyak.server.clinic.Region;
import org.yeyak.server.clinic.RegionStore;
import org.yeyak.server.http.ApiError;
import org.yeyak.server.http.Bodies;
import org.yeyak.server.staff.Role;
import org.yeyak.server.staff.StaffAudit;
import org.yeyak.server.staff.StaffRouter;
import org.yeyak.server.store.Tx;

/**
 * {@code /api/v1/admin/regions} and {@code /api/v1/admin/clinics}: every staff role reads them;
 * officials add, edit and import clinics; officials and analysts export them. A CSV import is
 * all or nothing: any bad row → {@code 400} listing every bad row by line, and nothing changes.
 */
public final class ClinicAdminRoutes {
    public record ImportResult(int created, int updated) {
    }

    private final DataSource ds;
    private final ClinicStore clinics;
    private final RegionStore regions;
    private final StaffAudit audit;

    public ClinicAdminRoutes(DataSource ds, ClinicStore clinics, RegionStore regions, StaffAudit audit) {
        this.ds = ds;
        this.clinics = clinics;
        this.regions = regions;
        this.audit = audit;
    }

    public void register(StaffRouter r) {
        EnumSet<Role> everyone = EnumSet.allOf(Role.class);
        r.allow(HandlerType.GET, "/api/v1/admin/regions", everyone, "Provinces with codes and population",
                (ctx, who) -> ctx.json(regions.list()));
        r.allow(HandlerType.GET, "/api/v1/admin/clinics", everyone, "Clinics (all, or of ?region=)",
                (ctx, who) -> ctx.json(clinics.list(region(ctx.queryParam("region")))));
        // Before /{id}, so that "export" is not taken for a clinic id.
        r.allow(HandlerType.GET, "/api/v1/admin/clinics/export", EnumSet.of(Role.OFFICIAL, Role.ANALYST),
                "Clinics as CSV (UTF-8 with BOM)", (ctx, who) -> {
                    byte[] csv = ClinicCsv.write(clinics.list(region(ctx.queryParam("region"))));
                    ctx.header("Content-Disposition", "attachment; filename=\"clinics.csv\"");
                    ctx.contentType("text/csv; charset=utf-8").result(csv);
                });
        r.allow(HandlerType.GET, "/api/v1/admin/clinics/{id}", everyone, "One clinic",
                (ctx, who) -> ctx.json(clinics.get(ctx.pathParam("id"))
                        .orElseThrow(() -> ApiError.notFound("No clinic '" + ctx.pathParam("id") + "'."))));
        r.allow(HandlerType.POST, "/api/v1/admin/clinics", Role.OFFICIAL, "Add a clinic", (ctx, who) -> {
            ClinicForm form = Bodies.read(ctx, ClinicForm.class);
            Clinic added = clinics.add(form.toClinic(form.id()));
            audit.record(ctx, who, "CLINIC_ADDED", "clinic:" + added.id(), describe(added));
            ctx.status(201).json(added);
        });
        r.allow(HandlerType.PUT, "/api/v1/admin/clinics/{id}", Role.OFFICIAL, "Edit a clinic", (ctx, who) -> {
            String id = ctx.pathParam("id");
            ClinicForm form = Bodies.read(ctx, ClinicForm.class);
            if (form.id() != null && !form.id().isBlank() && !form.id().equals(id)) {
                throw ApiError.invalidInput("id", "A clinic's id cannot change.");
            }
            Clinic changed = clinics.update(form.toClinic(id));
            audit.record(ctx, who, "CLINIC_CHANGED", "clinic:" + id, describe(changed));
            ctx.json(changed);
        });
        r.allow(HandlerType.POST, "/api/v1/admin/clinics/import", Role.OFFICIAL, "Import clinics from CSV (all or nothing)",
                (ctx, who) -> {
                    byte[] body = ctx.bodyAsBytes();
                    ClinicCsv.Parsed parsed = ClinicCsv.parse(body);
                    List<ClinicCsv.RowError> errors = new ArrayList<>(parsed.errors());
                    Set<String> known = regions.list().stream().map(Region::code).collect(Collectors.toSet());
                    Set<String> seen = new HashSet<>();
                    for (ClinicCsv.Row row : parsed.rows()) {
                        Clinic k = row.clinic();
                        if (!known.contains(k.region())) {
                            errors.add(new ClinicCsv.RowError(row.line(), "region", "Unknown region '" + k.region() + "'."));
                        }
                        if (!k.id().isEmpty() && !seen.add(k.id())) {
                            errors.add(new ClinicCsv.RowError(row.line(), "id", "Clinic id '" + k.id() + "' appears twice in the file."));
                        }
                    }
                    if (!errors.isEmpty()) {
                        errors.sort(java.util.Comparator.comparingLong(ClinicCsv.RowError::line));
                        throw ApiError.invalidInput("csv", errors.size() + " bad row(s); nothing was imported.")
                                .with("errors", errors.stream().limit(ClinicCsv.MAX_ERRORS).toList());
                    }
                    ImportResult result = Tx.run(ds, c -> {
                        int created = 0;
                        int updated = 0;
                        List<Clinic> fresh = new ArrayList<>();
                        for (ClinicCsv.Row row : parsed.rows()) {
                            Clinic k = row.clinic();
                            if (!k.id().isEmpty() && update(c, k)) {
                                updated++;
                            } else {
                                fresh.add(k.id().isEmpty() ? withId(k, "c-" + k.region() + "-" + UUID.randomUUID().toString().substring(0, 8)) : k);
                                created++;
                            }
                        }
                        ClinicStore.insertAll(c, fresh);
                        audit.log().append(c, List.of(audit.entry(ctx, who, "CLINICS_IMPORTED", "clinics",
                                Map.of("created", created, "updated", updated, "bytes", body.length))));
                        return new ImportResult(created, updated);
                    });
                    ctx.json(result);
                });
    }

    private static String region(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        if (!q.matches("[0-9]{2}")) {
            throw ApiError.invalidInput("region", "A region is a two-digit province code.");
        }
        return q;
    }

    private static boolean update(Connection c, Clinic k) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE clinics SET region = ?, name = ?, address = ?,"
                + " vaccine = ?, daily_capacity = ?, active = ? WHERE id = ?")) {
            ps.setString(1, k.region());
            ps.setString(2, k.name());
            ps.setString(3, k.address());
            ps.setString(4, k.vaccine());
            ps.setInt(5, k.dailyCapacity());
            ps.setBoolean(6, k.active());
            ps.setString(7, k.id());
            return ps.executeUpdate() == 1;
        }
    }

    private static Clinic withId(Clinic k, String id) {
        return new Clinic(id, k.region(), k.name(), k.address(), k.vaccine(), k.dailyCapacity(), k.active());
    }

    private static Map<String, Object> describe(Clinic k) {
        return Map.of("region", k.region(), "name", k.name(), "dailyCapacity", k.dailyCapacity(), "active", k.active());
    }
}
