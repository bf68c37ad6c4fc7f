package org.yeyak.server.staff;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The {@code staff_account} table. */
public final class StaffAccounts {
    private final DataSource ds;

    public StaffAccounts(DataSource ds) {
        this.ds = ds;
    }

    public Optional<StaffAccount> find(String username) {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT username, role, password_hash, demo, enabled, created_at FROM staff_account WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read staff account", e);
        }
    }

    public List<StaffAccount> list() {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT username, role, password_hash, demo, enabled, created_at FROM staff_account ORDER BY username");
             ResultSet rs = ps.executeQuery()) {
            List<StaffAccount> out = new ArrayList<>();
            while (rs.next()) {
                out.add(read(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list staff accounts", e);
        }
    }

    /** Creates the account, or replaces its role, hash and flags when it exists. */
    public void upsert(StaffAccount a) {
        try (Connection c = ds.getConnection()) {
            try (PreparedStatement up = c.prepareStatement(
                    "UPDATE staff_account SET role = ?, password_hash = ?, demo = ?, enabled = ? WHERE username = ?")) {
                up.setString(1, a.role().name());
                up.setString(2, a.passwordHash());
                up.setBoolean(3, a.demo());
                up.setBoolean(4, a.enabled());
                up.setString(5, a.username());
                if (up.executeUpdate() == 1) {
                    return;
                }
            }
            try (PreparedStatement in = c.prepareStatement(
                    "INSERT INTO staff_account (username, role, password_hash, demo, enabled, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                in.setString(1, a.username());
                in.setString(2, a.role().name());
                in.setString(3, a.passwordHash());
                in.setBoolean(4, a.demo());
                in.setBoolean(5, a.enabled());
                in.setTimestamp(6, Timestamp.from(a.createdAt()));
                in.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store staff account", e);
        }
    }

    /** Inserts a new account; false when the user name is taken. */
    public boolean create(StaffAccount a) {
        try (Connection c = ds.getConnection();
             PreparedStatement in = c.prepareStatement(
                     "INSERT INTO staff_account (username, role, password_hash, demo, enabled, created_at) "
                             + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            in.setString(1, a.username());
            in.setString(2, a.role().name());
            in.setString(3, a.passwordHash());
            in.setBoolean(4, a.demo());
            in.setBoolean(5, a.enabled());
            in.setTimestamp(6, Timestamp.from(a.createdAt()));
            return in.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create staff account", e);
        }
    }

    /** Removes the demo accounts (a server started without {@code --demo} must not keep them). */
    public int deleteDemoAccounts() {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM staff_account WHERE demo = TRUE")) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot remove demo staff accounts", e);
        }
    }

    private static StaffAccount read(ResultSet rs) throws SQLException {
        return new StaffAccount(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getString(3),
                rs.getBoolean(4), rs.getBoolean(5), rs.getTimestamp(6).toInstant());
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
