package org.yeyak.server.clinic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.yeyak.server.store.Tx;

/**
 * The provinces, in code order. They change only when a data set is loaded, so {@link #get}
 * (asked on every clinic listing) answers from a copy at most a few seconds old.
 */
public final class RegionStore {
    private static final long KEEP_NANOS = 5_000_000_000L;
    private final DataSource ds;
    private volatile List<Region> kept;
    private volatile long keptAt;

    public RegionStore(DataSource ds) {
        this.ds = ds;
    }

    public List<Region> list() {
        List<Region> fresh = read();
        kept = fresh;
        keptAt = System.nanoTime();
        return fresh;
    }

    /** The provinces as read at most a few seconds ago (for what asks every second or every request). */
    public List<Region> recent() {
        List<Region> k = kept;
        return k != null && System.nanoTime() - keptAt < KEEP_NANOS ? k : list();
    }

    private List<Region> read() {
        return Tx.read(ds, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT code, name_ko, name_en, population FROM regions ORDER BY code");
                 ResultSet rs = ps.executeQuery()) {
                List<Region> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Region(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
                }
                return out;
            }
        });
    }

    public Optional<Region> get(String code) {
        return recent().stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** Inserts or updates each region (by code). */
    public void saveAll(List<Region> regions) {
        Tx.run(ds, c -> {
            saveAll(c, regions);
            return null;
        });
        kept = null;
    }

    public static void saveAll(Connection c, List<Region> regions) throws SQLException {
        try (PreparedStatement upd = c.prepareStatement(
                "UPDATE regions SET name_ko = ?, name_en = ?, population = ? WHERE code = ?");
             PreparedStatement ins = c.prepareStatement(
                     "INSERT INTO regions (code, name_ko, name_en, population) VALUES (?, ?, ?, ?)")) {
            for (Region r : regions) {
                upd.setString(1, r.nameKo());
                upd.setString(2, r.nameEn());
                upd.setLong(3, r.population());
                upd.setString(4, r.code());
                if (upd.executeUpdate() == 0) {
                    ins.setString(1, r.code());
                    ins.setString(2, r.nameKo());
                    ins.setString(3, r.nameEn());
                    ins.setLong(4, r.population());
                    ins.executeUpdate();
                }
            }
        }
    }
}
