package org.yeyak.server.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The server's secrets (the person-key HMAC key, token signing keys), kept in
 * {@code secrets.properties} in the data folder, readable by the owner only, and
 * created on first use. They persist, so tokens survive a restart; nodes of a
 * cluster share them by sharing this file. They never go into the database: a
 * leaked dump must not be enough to test resident numbers against the person keys.
 */
public final class ServerKeys {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Path file;
    private final Path lock;
    private final ConcurrentHashMap<String, byte[]> cache = new ConcurrentHashMap<>();

    public ServerKeys(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + dataDir, e);
        }
        this.file = dataDir.resolve("secrets.properties");
        this.lock = dataDir.resolve("secrets.lock");
    }

    /** The 32-byte secret of this name, created (once, across processes) if missing. */
    public byte[] secret(String name) {
        return cache.computeIfAbsent(name, this::loadOrCreate).clone();
    }

    private synchronized byte[] loadOrCreate(String name) {
        try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = ch.lock()) {
            Properties props = new Properties();
            if (Files.exists(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    props.load(in);
                }
            }
            String value = props.getProperty(name);
            if (value == null) {
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                value = Base64.getEncoder().encodeToString(fresh);
                props.setProperty(name, value);
                Path tmp = file.resolveSibling("secrets.properties.tmp");
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    props.store(out, "Yeyak server secrets: keep private, back up with the data");
                }
                restrict(tmp);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return Base64.getDecoder().decode(value);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create " + file, e);
        }
    }

    private static void restrict(Path p) {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system (Windows): the user's profile folder is private already.
        }
    }
}
