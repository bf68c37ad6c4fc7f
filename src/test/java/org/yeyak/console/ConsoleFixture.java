package org.yeyak.console;

import java.nio.file.Path;
import java.util.Locale;
import javafx.stage.Stage;
import org.yeyak.console.connect.EmbeddedServer;
import org.yeyak.console.ui.FxTaskExecutor;
import org.yeyak.console.ui.I18n;

/** A console window on a real embedded demo server, for the TestFX tests. */
public final class ConsoleFixture implements AutoCloseable {
    private final EmbeddedServer server;
    private FxTaskExecutor executor;
    private ConsoleWindow window;

    public ConsoleFixture(Path dataDir) {
        this.server = EmbeddedServer.start(dataDir);
    }

    /** Call from the test's {@code @Start} method (FX thread). */
    public ConsoleWindow show(Stage stage, Locale locale) {
        executor = new FxTaskExecutor();
        window = new ConsoleWindow(stage, executor, I18n.forLocale(locale));
        window.connect(server);
        stage.show();
        return window;
    }

    public EmbeddedServer server() {
        return server;
    }

    public String password() {
        return server.demoPassword().orElseThrow();
    }

    /** A client signed in as the demo official, to check what the console did on the server. */
    public org.yeyak.client.YeyakClient officialClient() {
        org.yeyak.client.YeyakClient c = new org.yeyak.client.YeyakClient(server.url());
        c.signIn("official", password());
        return c;
    }

    public ConsoleWindow window() {
        return window;
    }

    /** Stops the window's timers and background threads (the server stays up for the next test). */
    public void closeWindow() {
        if (window != null) {
            window.dispose();
        }
        if (executor != null) {
            executor.close();
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
