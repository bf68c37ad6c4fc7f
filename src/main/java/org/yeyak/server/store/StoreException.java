package org.yeyak.server.store;

import java.sql.SQLException;

/** A database failure that is not the caller's fault (answered as a 500, logged without data). */
public final class StoreException extends RuntimeException {
    public StoreException(SQLException cause) {
        super("Store failure (SQLSTATE " + cause.getSQLState() + ")", cause);
    }

    public StoreException(String message) {
        super(message);
    }

    /** The SQLSTATE of the underlying failure, or null. */
    public String sqlState() {
        return getCause() instanceof SQLException e ? e.getSQLState() : null;
    }
}
