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

/** The provinces, in code order. */
public final class RegionStore {
    private final DataSource ds;

    public RegionStore(DataSource ds) {
        this.ds = ds;
    }

    public List<Region> list() {
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
        return list().stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** Inserts or updates each region (by code). */
    public void saveAll(List<Region> regions) {
        Tx.run(ds, c -> {
            saveAll(c, regions);
            return null;
        });
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
