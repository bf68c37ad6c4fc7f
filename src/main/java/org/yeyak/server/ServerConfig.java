package org.yeyak.server;

import java.nio.file.Path;
import java.util.Locale;

/**
 * How a server is started. {@link #parse(String...)} reads the command line:
 * {@code [--port N] [--host ADDR] [--data DIR] [--db-url URL --db-user U --db-password P]
 * [--demo] [--staff-password PW]}.
 */
public record ServerConfig(String host, int port, Path dataDir, String dbUrl, String dbUser,
                           String dbPassword, boolean demo, String staffPassword) {

    public static final String USAGE = """
            usage: java -jar yeyak-server.jar [--port N] [--host ADDR] [--data DIR]
                   [--db-url JDBC-URL --db-user U --db-password P] [--demo] [--staff-password PW]
              --port N          port to listen on (0 = pick a free one; default 8080)
              --host ADDR       address to bind (default 127.0.0.1, loopback only)
              --data DIR        data folder: H2 store, keys, logs (default: the user's data folder)
              --db-url URL      use this database instead of the embedded H2 file store
                                (e.g. jdbc:postgresql://localhost:5432/yeyak)
              --demo            load the demo data set and run the demo clock
              --staff-password  password of the demo staff accounts, or of the first official
                                (admin) of a new store (default: random, printed once)
            """;

    public ServerConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be 0..65535");
        }
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("--host must not be empty");
        }
    }

    public static ServerConfig defaults() {
        return new ServerConfig("127.0.0.1", 8080, defaultDataDir(), null, null, null, false, null);
    }

    /** An embedded demo server on a free loopback port (the console's default). */
    public static ServerConfig embeddedDemo(Path dataDir, String staffPassword) {
        return new ServerConfig("127.0.0.1", 0, dataDir, null, null, null, true, staffPassword);
    }

    public static ServerConfig parse(String... args) {
        ServerConfig c = defaults();
        String host = c.host, dbUrl = null, dbUser = null, dbPassword = null, staffPassword = null;
        int port = c.port;
        Path data = c.dataDir;
        boolean demo = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--port" -> port = parsePort(value(args, ++i, a));
                case "--host" -> host = value(args, ++i, a);
                case "--data" -> data = Path.of(value(args, ++i, a));
                case "--db-url" -> dbUrl = value(args, ++i, a);
                case "--db-user" -> dbUser = value(args, ++i, a);
                case "--db-password" -> dbPassword = value(args, ++i, a);
                case "--staff-password" -> staffPassword = value(args, ++i, a);
                case "--demo" -> demo = true;
                default -> throw new IllegalArgumentException("unknown option: " + a);
            }
        }
        return new ServerConfig(host, port, data, dbUrl, dbUser, dbPassword, demo, staffPassword);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, dataDir, dbUrl, dbUser, dbPassword, demo, staffPassword);
    }

    public ServerConfig withDatabase(String url, String user, String password) {
        return new ServerConfig(host, port, dataDir, url, user, password, demo, staffPassword);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int parsePort(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number");
        }
    }

    /** The user's data folder: $XDG_DATA_HOME/yeyak, %APPDATA%\Yeyak, ~/Library/Application Support/Yeyak. */
    public static Path defaultDataDir() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win") && System.getenv("APPDATA") != null) {
            return Path.of(System.getenv("APPDATA"), "Yeyak");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Yeyak");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "yeyak") : Path.of(home, ".local", "share", "yeyak");
    }
}
