package org.yeyak.server.campaign;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.yeyak.server.http.ApiError;
import org.yeyak.server.store.Tx;

/**
 * Doses per (campaign, clinic, vaccination date, tranche), one row each so that bookings at
 * different clinics and dates never wait on one another.
 *
 * <p>{@link #take} and {@link #giveBack} run on the caller's transaction (the booking's): a dose
 * is taken only if one is left ({@code UPDATE ... SET remaining = remaining - 1 WHERE ... AND
 * remaining > 0}), which stays correct with several server nodes on one database.
 */
public final class StockStore {
    private final DataSource ds;

    public StockStore(DataSource ds) {
        this.ds = ds;
    }

    /** Takes one dose from the first of {@code tranches} that has one; returns that tranche. */
    public static Optional<String> take(Connection c, String campaignId, String clinicId, LocalDate date,
                                        List<String> tranches) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE stock SET remaining = remaining - 1"
                + " WHERE campaign_id = ? AND clinic_id = ? AND vaccination_date = ? AND tranche = ? AND remaining > 0")) {
            for (String tranche : tranches) {
                ps.setString(1, campaignId);
                ps.setString(2, clinicId);
                ps.setObject(3, date);
                ps.setString(4, tranche);
                if (ps.executeUpdate() == 1) {
                    return Optional.of(tranche);
                }
            }
        }
        return Optional.empty();
    }

    /** Returns one dose to the tranche it was taken from (never above what was allocated). */
    public static void giveBack(Connection c, String campaignId, String clinicId, LocalDate date, String tranche)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE stock SET remaining = remaining + 1"
                + " WHERE campaign_id = ? AND clinic_id = ? AND vaccination_date = ? AND tranche = ?"
                + " AND remaining < allocated")) {
            ps.setString(1, campaignId);
            ps.setString(2, clinicId);
            ps.setObject(3, date);
            ps.setString(4, tranche);
            ps.executeUpdate();
        }
    }

    /**
     * Doses a person may book now per clinic and date: the sum of {@code remaining} over
     * {@code tranches}, for the clinics of {@code region} (all when null) and {@code date} (all when
     * null). Active clinics only; a clinic with stock rows but nothing left shows 0.
     */
    public Map<String, Map<LocalDate, Integer>> available(String campaignId, String region, LocalDate date,
                                                          Collection<String> tranches) {
        if (tranches.isEmpty()) {
            return Map.of();
        }
        StringBuilder sql = new StringBuilder("SELECT s.clinic_id, s.vaccination_date,"
                + " SUM(CASE WHEN s.tranche IN (" + "?,".repeat(tranches.size() - 1) + "?) THEN s.remaining ELSE 0 END)"
                + " FROM stock s JOIN clinics k ON k.id = s.clinic_id"
                + " WHERE s.campaign_id = ? AND k.active = TRUE");
        if (region != null) {
            sql.append(" AND k.region = ?");
        }
        if (date != null) {
            sql.append(" AND s.vaccination_date = ?");
        }
        sql.append(" GROUP BY s.clinic_id, s.vaccination_date ORDER BY s.clinic_id, s.vaccination_date");
        return Tx.read(ds, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int i = 1;
                for (String t : tranches) {
                    ps.setString(i++, t);
                }
                ps.setString(i++, campaignId);
                if (region != null) {
                    ps.setString(i++, region);
                }
                if (date != null) {
                    ps.setObject(i, date);
                }
                Map<String, Map<LocalDate, Integer>> out = new LinkedHashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                                .put(rs.getObject(2, LocalDate.class), rs.getInt(3));
                    }
                }
                return out;
            }
        });
    }

    /** Every cell of a campaign at one clinic (all clinics when null). */
    public List<StockCell> cells(String campaignId, String clinicId) {
        return Tx.read(ds, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT clinic_id, vaccination_date, tranche, allocated,"
                    + " remaining FROM stock WHERE campaign_id = ?" + (clinicId == null ? "" : " AND clinic_id = ?")
                    + " ORDER BY clinic_id, vaccination_date, tranche")) {
                ps.setString(1, campaignId);
                if (clinicId != null) {
                    ps.setString(2, clinicId);
                }
                List<StockCell> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new StockCell(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                                rs.getInt(4), rs.getInt(5)));
                    }
                }
                return out;
            }
        });
    }

    /** Total doses allocated and remaining in a campaign, per region code. */
    public Map<String, long[]> totalsByRegion(String campaignId) {
        return Tx.read(ds, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT k.region, SUM(s.allocated), SUM(s.remaining)"
                    + " FROM stock s JOIN clinics k ON k.id = s.clinic_id WHERE s.campaign_id = ?"
                    + " GROUP BY k.region ORDER BY k.region")) {
                ps.setString(1, campaignId);
                Map<String, long[]> out = new LinkedHashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                    }
                }
                return out;
            }
        });
    }

    /**
     * Sets the allocation of cells (an official's allocation, or the demo's), keeping what is
     * booked: each cell's {@code remaining} becomes {@code allocated - booked}. A cell whose new
     * allocation is below its booked doses → 409 STOCK_BELOW_BOOKED, and nothing changes.
     * Cells not listed are left as they are. The {@code remaining} of the given cells is ignored.
     */
    public void allocate(String campaignId, List<StockCell> cells) {
        Tx.run(ds, c -> {
            allocate(c, campaignId, cells);
            return null;
        });
    }

    public static void allocate(Connection c, String campaignId, List<StockCell> cells) throws SQLException {
        try (PreparedStatement upd = c.prepareStatement("UPDATE stock SET allocated = ?,"
                + " remaining = ? - (allocated - remaining)"
                + " WHERE campaign_id = ? AND clinic_id = ? AND vaccination_date = ? AND tranche = ?"
                + " AND allocated - remaining <= ?");
             PreparedStatement exists = c.prepareStatement("SELECT allocated - remaining FROM stock"
                     + " WHERE campaign_id = ? AND clinic_id = ? AND vaccination_date = ? AND tranche = ?");
             PreparedStatement ins = c.prepareStatement("INSERT INTO stock (campaign_id, clinic_id, vaccination_date,"
                     + " tranche, allocated, remaining) VALUES (?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (StockCell cell : cells) {
                upd.setInt(1, cell.allocated());
                upd.setInt(2, cell.allocated());
                upd.setString(3, campaignId);
                upd.setString(4, cell.clinicId());
                upd.setObject(5, cell.date());
                upd.setString(6, cell.tranche());
                upd.setInt(7, cell.allocated());
                if (upd.executeUpdate() == 1) {
                    continue;
                }
                exists.setString(1, campaignId);
                exists.setString(2, cell.clinicId());
                exists.setObject(3, cell.date());
                exists.setString(4, cell.tranche());
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        throw new ApiError(409, "STOCK_BELOW_BOOKED", "Stock below booked",
                                "Clinic " + cell.clinicId() + " on " + cell.date() + " (" + cell.tranche() + ") has "
                                        + rs.getInt(1) + " doses booked; the allocation cannot go below that.");
                    }
                }
                ins.setString(1, campaignId);
                ins.setString(2, cell.clinicId());
                ins.setObject(3, cell.date());
                ins.setString(4, cell.tranche());
                ins.setInt(5, cell.allocated());
                ins.setInt(6, cell.allocated());
                ins.addBatch();
                if (++pending % 1000 == 0) {
                    ins.executeBatch();
                }
            }
            ins.executeBatch();
        }
    }

    /** Bulk insert of fresh cells on the caller's transaction (no existing rows expected): the demo load. */
    public static void insertAll(Connection c, String campaignId, List<StockCell> cells) throws SQLException {
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO stock (campaign_id, clinic_id, vaccination_date,"
                + " tranche, allocated, remaining) VALUES (?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (StockCell cell : cells) {
                ins.setString(1, campaignId);
                ins.setString(2, cell.clinicId());
                ins.setObject(3, cell.date());
                ins.setString(4, cell.tranche());
                ins.setInt(5, cell.allocated());
                ins.setInt(6, cell.remaining());
                ins.addBatch();
                if (++n % 2000 == 0) {
                    ins.executeBatch();
                }
            }
            ins.executeBatch();
        }
    }
}
