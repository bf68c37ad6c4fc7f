package org.yeyak.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store: an H2 file database in the data folder by default, or PostgreSQL
 * given a JDBC URL. One set of Flyway migrations ({@code db/migration}) serves both;
 * H2 runs in PostgreSQL mode so the SQL is shared.
 */
public final class Database implements AutoCloseable {
    public enum Kind { H2, POSTGRES }

    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource pool;
    private final Kind kind;
    /** H2 file stores only: keeps the file from growing by the whole write traffic. */
    private final H2Housekeeping housekeeping;

    private Database(HikariDataSource pool, Kind kind) {
        this.pool = pool;
        this.kind = kind;
        this.housekeeping = kind == Kind.H2 ? H2Housekeeping.start(pool) : null;
    }

    /** Opens (and migrates) the store: {@code url} null means the H2 file store under {@code dataDir}. */
    public static Database open(Path dataDir, String url, String user, String password) {
        HikariConfig hc = new HikariConfig();
        Kind kind;
        if (url == null || url.isBlank()) {
            kind = Kind.H2;
            hc.setJdbcUrl(h2Url("file:" + dataDir.toAbsolutePath().resolve("yeyak")));
            hc.setUsername("yeyak");
            hc.setPassword("");
        } else if (url.startsWith("jdbc:postgresql:")) {
            kind = Kind.POSTGRES;
            hc.setJdbcUrl(url);
            hc.setUsername(user);
            hc.setPassword(password);
        } else if (url.startsWith("jdbc:h2:")) {
            kind = Kind.H2;
            hc.setJdbcUrl(url);
            hc.setUsername(user == null ? "yeyak" : user);
            hc.setPassword(password == null ? "" : password);
        } else {
            throw new IllegalArgumentException("--db-url must be a jdbc:postgresql: or jdbc:h2: URL");
        }
        hc.setPoolName("yeyak-store");
        hc.setMaximumPoolSize(Integer.getInteger("yeyak.db.pool", 16));
        hc.setAutoCommit(true);
        HikariDataSource pool = new HikariDataSource(hc);
        String where = kind == Kind.H2 && (url == null || url.isBlank())
                ? "The data folder " + dataDir.toAbsolutePath() : "The database given with --db-url";
        try {
            migrate(pool, where);
            return new Database(pool, kind);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /**
     * Brings the store to this build's schema. A store written by a newer build (it has migrations
     * this build does not know) is refused before anything is changed, with a sentence saying so.
     */
    private static void migrate(DataSource ds, String where) {
        Flyway flyway = Flyway.configure().dataSource(ds).locations("classpath:db/migration").load();
        try {
            MigrationInfo[] all = flyway.info().all();
            String newest = java.util.Arrays.stream(all).filter(m -> !future(m) && m.getVersion() != null)
                    .map(m -> m.getVersion().getVersion()).reduce((a, b) -> b).orElse("?");
            for (MigrationInfo m : all) {
                if (future(m)) {
                    throw new StoreVersionException(StoreVersionException.Reason.NEWER, m.getVersion().getVersion(),
                            newest, where + " was written by a newer version of Yeyak (store version "
                            + m.getVersion() + "; this version knows up to " + newest + "). Open it with that newer"
                            + " version, or start this one with another data folder (--data).", null);
                }
            }
            flyway.migrate();
        } catch (FlywayException e) {
            log.error("Store migration failed: {}", e.getMessage());
            throw new StoreVersionException(StoreVersionException.Reason.DIFFERENT_BUILD, null, null,
                    where + " was made by a different build of Yeyak and cannot be opened by"
                    + " this one (its schema history does not match: " + firstLine(e.getMessage()) + "). Open it with"
                    + " the build that made it, or start this one with another data folder (--data).", e);
        }
    }

    private static boolean future(MigrationInfo m) {
        return m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "no detail";
        }
        String line = s.strip().lines().filter(l -> !l.isBlank() && !l.startsWith("Validate failed"))
                .findFirst().orElse(s.strip());
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }

    /**
     * The JDBC URL of the H2 store at {@code location} ({@code file:/path/yeyak}, or another H2 file
     * system's prefix), with the store's settings. {@code WRITE_DELAY=0}: a commit reaches the file
     * before it returns, so an acknowledged booking survives a crash of the server process. (A
     * commit is visible to other sessions a moment <em>before</em> that: see
     * {@link org.yeyak.server.store.BatchWriter#awaitCommitsInProgress()}.)
     */
    public static String h2Url(String location) {
        return "jdbc:h2:" + location + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000"
                // The server closes the store itself, after in-flight bookings finish; H2's own
                // exit hook would otherwise close it under them on SIGTERM.
                + ";DB_CLOSE_ON_EXIT=FALSE"
                // Each session keeps this many parsed statements (H2's default, 8, is fewer than one
                // booking batch uses: re-parsing SQL was 6 % of the server's CPU under a surge).
                + ";QUERY_CACHE_SIZE=128";
    }

    public DataSource dataSource() {
        return pool;
    }

    public Kind kind() {
        return kind;
    }

    /** The H2 file's housekeeping, if this is an H2 file store. */
    H2Housekeeping housekeeping() {
        return housekeeping;
    }

    @Override
    public void close() {
        if (housekeeping != null) {
            housekeeping.close();
        }
        pool.close();
    }
}
