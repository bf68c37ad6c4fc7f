package org.yeyak.console.connect;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import org.yeyak.server.ServerConfig;
import org.yeyak.server.YeyakServer;
import org.yeyak.server.store.StoreVersionException;

/**
 * The console's default: a demo-mode server in this process, on a free loopback port,
 * with a staff password the console makes up at each start and shows on the sign-in screen.
 */
public final class EmbeddedServer implements ServerHandle {
    /** No look-alike characters (0/O, 1/l/I): the password is read off the screen and typed. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int PASSWORD_LENGTH = 12;

    private final YeyakServer server;
    private final String password;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private EmbeddedServer(YeyakServer server, String password) {
        this.server = server;
        this.password = password;
    }

    /**
     * Starts the server (opens the store, migrates, listens): blocking, so never on the FX thread.
     * A data folder this build cannot open fails with a {@link DataFolderRefused}.
     */
    public static EmbeddedServer start(Path dataDir) {
        String password = newPassword(new SecureRandom());
        try {
            return new EmbeddedServer(YeyakServer.start(ServerConfig.embeddedDemo(dataDir, password)), password);
        } catch (StoreVersionException e) {
            throw new DataFolderRefused(dataDir.toAbsolutePath(), e);
        }
    }

    /** The data folder was written by a newer Yeyak or by another build. */
    public static final class DataFolderRefused extends RuntimeException {
        private final transient Path folder;

        DataFolderRefused(Path folder, StoreVersionException cause) {
            super(cause.getMessage(), cause);
            this.folder = folder;
        }

        public Path folder() {
            return folder;
        }

        /** Written by a newer Yeyak (else: by another build). */
        public boolean newer() {
            return store().reason() == StoreVersionException.Reason.NEWER;
        }

        public String storeVersion() {
            return store().storeVersion();
        }

        public String knownVersion() {
            return store().knownVersion();
        }

        private StoreVersionException store() {
            return (StoreVersionException) getCause();
        }
    }

    static String newPassword(SecureRandom random) {
        StringBuilder sb = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** Where the console keeps the embedded server's store and keys: a folder of the user's data folder. */
    public static Path defaultDataDir() {
        return ServerConfig.defaultDataDir().resolve("console-demo");
    }

    public YeyakServer server() {
        return server;
    }

    @Override
    public String url() {
        return server.url();
    }

    @Override
    public boolean embedded() {
        return true;
    }

    @Override
    public Optional<String> demoPassword() {
        return Optional.of(password);
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.close();
        }
    }
}
