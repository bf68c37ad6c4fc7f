package org.yeyak.server.clinic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.yeyak.server.http.ApiError;
import org.yeyak.server.store.Tx;

/**
 * Clinics: list (by region), get, add, update. Availability of doses per clinic and date is
 * {@link org.yeyak.server.campaign.StockStore#available}; this store knows only the clinics.
 */
public final class ClinicStore {
    private static final String COLUMNS = "id, region, name, address, vaccine, daily_capacity, active";
    private final DataSource ds;

    public ClinicStore(DataSource ds) {
        this.ds = ds;
    }

    /** Clinics of one region (all regions when {@code region} is null), by region then name. */
    public List<Clinic> list(String region) {
        return Tx.read(ds, c -> {
            String sql = "SELECT " + COLUMNS + " FROM clinics"
                    + (region == null ? "" : " WHERE region = ?") + " ORDER BY region, name, id";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (region != null) {
                    ps.setString(1, region);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    List<Clinic> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(read(rs));
                    }
                    return out;
                }
            }
        });
    }

    public Optional<Clinic> get(String id) {
        return Tx.read(ds, c -> get(c, id));
    }

    public static Optional<Clinic> get(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM clinics WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /**
     * Adds a clinic. A null or blank id gets a fresh one ({@code c-<region>-<random>}).
     * Unknown region → 400 INVALID_INPUT (field {@code region}); an id in use → 409 CLINIC_EXISTS.
     */
    public Clinic add(Clinic clinic) {
        Clinic withId = clinic.id().isBlank()
                ? new Clinic(newId(clinic.region()), clinic.region(), clinic.name(), clinic.address(),
                        clinic.vaccine(), clinic.dailyCapacity(), clinic.active())
                : clinic;
        return Tx.run(ds, c -> {
            requireRegion(c, withId.region());
            if (get(c, withId.id()).isPresent()) {
                throw ApiError.conflict("CLINIC_EXISTS", "Clinic exists", "A clinic with this id exists.");
            }
            insertAll(c, List.of(withId));
            return withId;
        });
    }

    /** Replaces a clinic's fields (by id). Unknown id → 404 NOT_FOUND; unknown region → 400. */
    public Clinic update(Clinic clinic) {
        return Tx.run(ds, c -> {
            requireRegion(c, clinic.region());
            try (PreparedStatement ps = c.prepareStatement("UPDATE clinics SET region = ?, name = ?, address = ?,"
                    + " vaccine = ?, daily_capacity = ?, active = ? WHERE id = ?")) {
                ps.setString(1, clinic.region());
                ps.setString(2, clinic.name());
                ps.setString(3, clinic.address());
                ps.setString(4, clinic.vaccine());
                ps.setInt(5, clinic.dailyCapacity());
                ps.setBoolean(6, clinic.active());
                ps.setString(7, clinic.id());
                if (ps.executeUpdate() == 0) {
                    throw ApiError.notFound("No clinic " + clinic.id() + ".").with("field", "clinicId");
                }
            }
            return clinic;
        });
    }

    /** Bulk insert on the caller's transaction (demo data, imports). */
    public static void insertAll(Connection c, List<Clinic> clinics) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO clinics (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (Clinic k : clinics) {
                ps.setString(1, k.id());
                ps.setString(2, k.region());
                ps.setString(3, k.name());
                ps.setString(4, k.address());
                ps.setString(5, k.vaccine());
                ps.setInt(6, k.dailyCapacity());
                ps.setBoolean(7, k.active());
                ps.addBatch();
                if (++n % 500 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static void requireRegion(Connection c, String region) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM regions WHERE code = ?")) {
            ps.setString(1, region);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ApiError.invalidInput("region", "Unknown region " + region + ".");
                }
            }
        }
    }

    private static String newId(String region) {
        return "c-" + region + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Clinic read(ResultSet rs) throws SQLException {
        return new Clinic(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getInt(6), rs.getBoolean(7));
    }
}
