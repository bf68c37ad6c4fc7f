package org.yeyak.console.about;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.yeyak.client.YeyakClient;
import org.yeyak.console.connect.ServerHandle;
import org.yeyak.console.ui.BackgroundTask;
import org.yeyak.console.ui.I18n;
import org.yeyak.console.ui.TaskExecutor;

/**
 * The About dialog: the console's version and build, the Java and JavaFX it runs on, the
 * server and whether it answers, where the log file is, and the bundled libraries with their
 * licences. The server check and the library scan run in the background.
 * <p>
 * The server's version: the API has no version field, so an embedded server is reported as
 * this very build (it is the same code in the same process) and a remote one by its URL and
 * health only.
 */
public final class AboutViewModel {
    private final I18n i18n;
    private final BuildInfo build;
    private final ServerHandle server;
    private final Optional<Path> logFile;
    private final Supplier<List<Library>> libraryScan;
    private final TaskExecutor executor;
    private final ReadOnlyStringWrapper serverStatus = new ReadOnlyStringWrapper();
    private final ObservableList<Library> libraries = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();

    public AboutViewModel(I18n i18n, BuildInfo build, ServerHandle server, Optional<Path> logFile,
                          Supplier<List<Library>> libraryScan, TaskExecutor executor) {
        this.i18n = i18n;
        this.build = build;
        this.server = server;
        this.logFile = logFile;
        this.libraryScan = libraryScan;
        this.executor = executor;
        serverStatus.set(i18n.get("about.server.checking"));
    }

    /** Asks the server for its health and reads the libraries (both off the FX thread). */
    public void load() {
        loading.set(true);
        BackgroundTask.wrap(() -> new YeyakClient(server.url()).health())
                .onSuccess(h -> serverStatus.set(h.up()
                        ? i18n.get(server.embedded() ? "about.server.embedded" : "about.server.up", build.version())
                        : i18n.get("about.server.down", h.status())))
                .onFailure(e -> serverStatus.set(i18n.get("about.server.unreachable")))
                .executeWith(executor);
        BackgroundTask.wrap(libraryScan::get)
                .onSuccess(libraries::setAll)
                .onFinished(() -> loading.set(false))
                .executeWith(executor);
    }

    public String title() {
        return i18n.get("about.title");
    }

    public String versionText() {
        return build.built().isEmpty()
                ? i18n.get("about.version", build.version())
                : i18n.get("about.version.built", build.version(), build.built());
    }

    public String runtimeText() {
        return i18n.get("about.runtime", System.getProperty("java.version", "?"),
                System.getProperty("javafx.runtime.version", System.getProperty("javafx.version", "?")));
    }

    public String serverUrl() {
        return server.url();
    }

    public ReadOnlyStringProperty serverStatusProperty() {
        return serverStatus.getReadOnlyProperty();
    }

    public String logText() {
        return logFile.map(Path::toString).orElse(i18n.get("about.log.none"));
    }

    public Optional<Path> logFile() {
        return logFile;
    }

    public ObservableList<Library> libraries() {
        return libraries;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** A licence for the table: the SPDX expression, or a pointer to the jar's own notice. */
    public String licenceText(Library library) {
        return library.licence().isEmpty() ? i18n.get("about.licence.unknown") : library.licence();
    }
}
