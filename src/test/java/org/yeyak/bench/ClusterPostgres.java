package org.yeyak.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.yeyak.server.store.TestPostgres;

/**
 * The database of scripts/cluster-bench.sh: the tests' embedded PostgreSQL 18 ({@link TestPostgres}:
 * binaries from the Maven test class path, {@code fsync=on}, {@code synchronous_commit=on},
 * {@code full_page_writes=on}, run as {@code nobody} when started as root) with one fresh database.
 * Prints {@code jdbc-url: …} and the durability settings the server reports, then runs until
 * SIGTERM or until its standard input closes (so it ends with the script that started it, even
 * if that script is killed); PostgreSQL is stopped on the way out.
 */
public final class ClusterPostgres {
    private ClusterPostgres() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        TestPostgres pg = TestPostgres.get();
        String url = pg.newDatabaseUrl();
        out.println("fsync=" + pg.show("fsync") + " synchronous_commit=" + pg.show("synchronous_commit")
                + " full_page_writes=" + pg.show("full_page_writes") + " max_connections=" + pg.show("max_connections"));
        out.println("jdbc-url: " + url);
        drain(System.in);
        // Standard input closed: exit, which runs TestPostgres's shutdown hook (stops the server).
        System.exit(0);
    }

    private static void drain(InputStream in) {
        byte[] buf = new byte[256];
        try {
            while (in.read(buf) >= 0) {
                // Nothing is read from it; it only tells us the parent is still there.
            }
        } catch (IOException e) {
            // Closed under us: as good as the end.
        }
    }
}
