package org.yeyak.console.connect;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The console's command line: {@code [--server URL] [--data DIR] [--lang ko|en]}.
 * Without {@code --server} the console starts its own embedded demo server.
 */
public record ConsoleOptions(String serverUrl, Path dataDir, Locale locale) {
    public static final String USAGE = """
            usage: yeyak-console [--server URL] [--data DIR] [--lang ko|en]
              --server URL  connect to this Yeyak server instead of starting the embedded demo server
              --data DIR    data folder of the embedded demo server (default: the user's data folder)
              --lang ko|en  language of the console (default: the system's)
            """;

    public boolean embedded() {
        return serverUrl == null;
    }

    public static ConsoleOptions parse(List<String> args) {
        String server = null;
        Path data = EmbeddedServer.defaultDataDir();
        Locale locale = Locale.getDefault();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--server" -> server = value(args, ++i, a);
                case "--data" -> data = Path.of(value(args, ++i, a));
                case "--lang" -> locale = Locale.forLanguageTag(value(args, ++i, a));
                default -> throw new IllegalArgumentException("unknown option: " + a);
            }
        }
        if (server != null && !(server.startsWith("http://") || server.startsWith("https://"))) {
            throw new IllegalArgumentException("--server needs an http:// or https:// URL");
        }
        return new ConsoleOptions(server, data, locale);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }
}
