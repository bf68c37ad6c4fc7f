package org.yeyak.server;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** {@code java -jar target/yeyak-server.jar [options]}: the headless booking server. */
public final class ServerMain {
    private ServerMain() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ServerConfig config;
        try {
            if (args.length == 1 && ("--help".equals(args[0]) || "-h".equals(args[0]))) {
                out.print(ServerConfig.USAGE);
                return;
            }
            config = ServerConfig.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("yeyak-server: " + e.getMessage());
            System.err.print(ServerConfig.USAGE);
            System.exit(2);
            return;
        }
        YeyakServer server;
        try {
            server = YeyakServer.start(config);
        } catch (org.yeyak.server.store.StoreVersionException e) {
            // A store this build cannot open: one sentence, not a stack trace.
            System.err.println("yeyak-server: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "yeyak-shutdown"));
        // The one line a script waits for: the URL the server chose.
        out.println("Yeyak server listening on " + server.url());
        // Shown once, on the terminal only: never in the log file.
        server.staffPasswordNotice().ifPresent(out::println);
    }
}
