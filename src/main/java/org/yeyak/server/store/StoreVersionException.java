package org.yeyak.server.store;

/**
 * The store cannot be opened by this build: it was written by a newer Yeyak, or by a build whose
 * migrations differ. The message says so in a sentence a user can act on (the server prints it);
 * the fields let the console say it in the user's language. Flyway's own report goes to the log.
 */
public final class StoreVersionException extends IllegalStateException {
    /** Why the store was refused. */
    public enum Reason { NEWER, DIFFERENT_BUILD }

    private final Reason reason;
    private final String storeVersion;
    private final String knownVersion;

    public StoreVersionException(Reason reason, String storeVersion, String knownVersion, String message,
                                 Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.storeVersion = storeVersion;
        this.knownVersion = knownVersion;
    }

    public Reason reason() {
        return reason;
    }

    /** The newest migration the store has (for {@link Reason#NEWER}), else null. */
    public String storeVersion() {
        return storeVersion;
    }

    /** The newest migration this build knows. */
    public String knownVersion() {
        return knownVersion;
    }
}
