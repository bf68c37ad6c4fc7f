package org.yeyak.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Runs a unit of work in one JDBC transaction: commit on success, roll back on any failure. */
public final class Tx {
    /** A piece of JDBC work that returns a value. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Connection c) throws SQLException;
    }

    private Tx() {
    }

    public static <T> T run(DataSource ds, Work<T> work) {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.apply(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** Read-only work on an auto-commit connection. */
    public static <T> T read(DataSource ds, Work<T> work) {
        try (Connection c = ds.getConnection()) {
            return work.apply(c);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** SQLSTATE 23505 on both H2 and PostgreSQL. */
    public static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    /** Deadlock, serialization failure or lock timeout: the work may simply be tried again. */
    public static boolean isRetryable(SQLException e) {
        String s = e.getSQLState();
        return s != null && (s.equals("40001") || s.equals("40P01") || s.equals("55P03") || s.equals("HYT00"));
    }
}
