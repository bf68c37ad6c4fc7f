package org.yeyak.server.store;

import java.nio.file.Path;

/** Where a store test runs: the embedded H2 file store, or a real PostgreSQL ({@link TestPostgres}). */
public enum StoreKind {
    H2, POSTGRES;

    /** Opens (and migrates) a fresh, empty store of this kind; H2 lives under {@code dataDir}. */
    public Database open(Path dataDir) {
        return switch (this) {
            case H2 -> Database.open(dataDir, null, null, null);
            case POSTGRES -> Database.open(dataDir, TestPostgres.get().newDatabaseUrl(), "postgres", "");
        };
    }

    /** The JDBC URL a server process should be given for this kind ({@code null}: H2 under its data folder). */
    public String freshUrl() {
        return this == POSTGRES ? TestPostgres.get().newDatabaseUrl() : null;
    }
}
