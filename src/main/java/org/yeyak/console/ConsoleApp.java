package org.yeyak.console;

import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yeyak.console.connect.ConsoleOptions;
import org.yeyak.console.connect.EmbeddedServer;
import org.yeyak.console.connect.ServerHandle;
import org.yeyak.console.about.AppIcons;
import org.yeyak.console.settings.SettingsAndHelp;
import org.yeyak.console.settings.SettingsStore;
import org.yeyak.console.settings.UserFolders;
import org.yeyak.console.settings.WindowPlacement;
import org.yeyak.console.ui.FxTaskExecutor;
import org.yeyak.console.ui.I18n;

/**
 * The staff console. Without arguments it starts the embedded demo server in this process
 * (in the background, behind a "starting" screen); {@code --server URL} connects to a remote one.
 * Closing the window hides it at once, stops the embedded server on a background thread
 * (waiting for it to finish starting if need be), then exits.
 */
public final class ConsoleApp extends Application {
    private static final Logger log = LoggerFactory.getLogger(ConsoleApp.class);

    private FxTaskExecutor executor;
    private ConsoleWindow window;
    private CompletableFuture<ServerHandle> server;
    private Thread shutdown;
    private SettingsStore settings;

    public static void main(String[] args) {
        launch(ConsoleApp.class, args);
    }

    /** Reads the saved settings on the launcher thread, before the FX thread needs them. */
    @Override
    public void init() {
        settings = SettingsStore.open(UserFolders.forCurrentUser().settingsFile());
    }

    @Override
    public void start(Stage stage) {
        ConsoleOptions options;
        try {
            options = settings.current().applyTo(getParameters().getRaw());
        } catch (IllegalArgumentException e) {
            System.err.println("yeyak-console: " + e.getMessage());
            System.err.print(ConsoleOptions.USAGE);
            Platform.exit();
            return;
        }
        Platform.setImplicitExit(false);
        // A kill (SIGTERM) skips the window's close button: still stop the embedded server cleanly.
        Runtime.getRuntime().addShutdownHook(new Thread(this::closeServer, "console-shutdown-hook"));
        executor = new FxTaskExecutor();
        window = new ConsoleWindow(stage, executor, I18n.forLocale(options.locale()));
        window.setHooks(new SettingsAndHelp(settings));
        AppIcons.applyTo(stage);
        WindowPlacement.restore(stage, settings.current().window());
        stage.setOnCloseRequest(e -> {
            e.consume();
            shutDown(stage);
        });
        stage.show();
        if (options.embedded()) {
            server = CompletableFuture.supplyAsync(() -> EmbeddedServer.start(options.dataDir()),
                    r -> Thread.ofPlatform().name("embedded-server-start").start(r));
        } else {
            server = CompletableFuture.completedFuture(ServerHandle.remote(options.serverUrl()));
        }
        server.whenComplete((s, e) -> Platform.runLater(() -> {
            if (shutdown != null) {
                return;
            }
            if (e != null) {
                log.error("The embedded server did not start", e);
                window.startFailed(e.getCause() != null ? e.getCause() : e);
            } else {
                window.connect(s);
            }
        }));
    }

    private void shutDown(Stage stage) {
        if (shutdown != null) {
            return;
        }
        window.dispose();
        settings.update(s -> s.withWindow(WindowPlacement.of(stage)));
        stage.hide();
        shutdown = Thread.ofPlatform().name("console-shutdown").start(() -> {
            closeServer();
            settings.close();
            executor.close();
            Platform.exit();
        });
    }

    private void closeServer() {
        if (server == null) {
            return;
        }
        try {
            server.join().close();
        } catch (RuntimeException e) {
            log.warn("Stopping the server: {}", e.toString());
        }
    }

    @Override
    public void stop() {
        // Platform.exit() from elsewhere than the window's close button: still close the server, off the FX thread.
        if (shutdown == null && server != null) {
            shutdown = Thread.ofPlatform().name("console-shutdown").start(this::closeServer);
        }
    }
}
