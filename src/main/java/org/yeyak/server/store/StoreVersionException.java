package org.yeyak.server.store;

/**
 * The store cannot be opened by this build: it was written by a newer Yeyak, or by a build whose
 * migrations differ. The message says so in a sentence a user can act on (the server prints it, the
 * console shows it); Flyway's own report goes to the log.
 */
public final class StoreVersionException extends IllegalStateException {
    public StoreVersionException(String message, Throwable cause) {
        super(message, cause);
    }
}
