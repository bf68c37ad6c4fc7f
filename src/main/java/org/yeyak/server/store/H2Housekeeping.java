package org.yeyak.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the H2 file from growing without end under a surge. H2 never overwrites a chunk of its
 * file while any page in it is live, and moves the few live pages out of mostly dead chunks only
 * on its background thread — which {@code WRITE_DELAY=0} (every commit in the file before it is
 * acknowledged) turns off. Random person keys leave a few live pages in nearly every chunk, so
 * without this the file grew by the whole write traffic, about 20 MB a second in a surge here
 * (6.8 GB after 177,000 flows). Every second this rewrites the live pages of the emptiest
 * chunks, a few MB at most, so that H2 can reuse their space once its retention time (45 s) has
 * passed: the file then stays near the live data plus those 45 s of writes.
 */
final class H2Housekeeping implements AutoCloseable {
    /** Chunks are compacted while, on average, less than this share of them is live (percent). */
    static final int TARGET_FILL_RATE = 50;
    /** Live data rewritten per round at most, bytes: bounds how long a round holds H2's store lock. */
    static final int WRITE_PER_ROUND = 4 << 20;

    private static final Logger log = LoggerFactory.getLogger(H2Housekeeping.class);

    private final DataSource ds;
    private final ScheduledExecutorService timer;

    private H2Housekeeping(DataSource ds, boolean timed) {
        this.ds = ds;
        this.timer = timed ? Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "yeyak-h2-housekeeping");
            t.setDaemon(true);
            return t;
        }) : null;
        if (timed) {
            timer.scheduleWithFixedDelay(this::round, 1, 1, TimeUnit.SECONDS);
        }
    }

    /** Starts housekeeping, once a second, for the H2 file store behind {@code ds}; null for a store without a file. */
    static H2Housekeeping start(DataSource ds) {
        return of(ds, true);
    }

    /** Housekeeping whose rounds the caller runs ({@link #round()}); null for a store without a file. */
    static H2Housekeeping untimed(DataSource ds) {
        return of(ds, false);
    }

    private static H2Housekeeping of(DataSource ds, boolean timed) {
        try (Connection c = ds.getConnection()) {
            MVStore store = storeOf(c);
            return store == null || store.getFileStore() == null ? null : new H2Housekeeping(ds, timed);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** One round: compacts when the chunks are mostly dead; true if it rewrote anything. */
    boolean round() {
        // The store is looked up through a connection held for the round: H2 closes a database
        // whose last connection closes, and a store held from an earlier round may be that one.
        try (Connection c = ds.getConnection()) {
            MVStore store = storeOf(c);
            if (store == null || store.isClosed() || chunksFillRate(store) >= TARGET_FILL_RATE) {
                return false;
            }
            return store.compact(TARGET_FILL_RATE, WRITE_PER_ROUND);
        } catch (SQLException | RuntimeException e) {
            // Housekeeping is never worth failing a booking for: the next round tries again.
            log.warn("H2 housekeeping round failed: {}", e.toString());
            return false;
        }
    }

    /** The share of the file's chunks that is live data, in percent. */
    int chunksFillRate() {
        try (Connection c = ds.getConnection()) {
            MVStore store = storeOf(c);
            return store == null ? 100 : chunksFillRate(store);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    private static int chunksFillRate(MVStore store) {
        FileStore<?> fs = store.getFileStore();
        return fs == null ? 100 : fs.getChunksFillRate();
    }

    @Override
    public void close() {
        if (timer == null) {
            return;
        }
        timer.shutdownNow();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The MVStore of an embedded H2 connection; null for a remote H2 server or a store without one. */
    private static MVStore storeOf(Connection c) throws SQLException {
        if (!c.isWrapperFor(JdbcConnection.class)
                || !(c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
            return null;    // a remote H2 server: its own process keeps its file
        }
        var db = session.getDatabase();
        return db.getStore() == null ? null : db.getStore().getMvStore();
    }
}
