package org.yeyak.console.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's settings file ({@code console.properties} in the user's config folder).
 * Reading is lenient: a missing file, or a value that does not parse, gives the default for
 * that value (a hand-edited typo must not stop the console). Writing goes through one
 * background thread (never I/O on the FX thread), replaces the file atomically, and
 * {@link #close()} waits for the last write.
 */
public final class SettingsStore implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SettingsStore.class);

    private final Path file;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "settings-writer");
        t.setDaemon(true);
        return t;
    });
    private volatile ConsoleSettings current;

    private SettingsStore(Path file, ConsoleSettings loaded) {
        this.file = file;
        this.current = loaded;
    }

    /** Reads the file (blocking: call it off the FX thread, e.g. in {@code Application.init()}). */
    public static SettingsStore open(Path file) {
        return new SettingsStore(file, read(file));
    }

    public Path file() {
        return file;
    }

    public ConsoleSettings current() {
        return current;
    }

    /** Changes the settings at once in memory and saves them in the background. */
    public synchronized ConsoleSettings update(UnaryOperator<ConsoleSettings> change) {
        ConsoleSettings next = change.apply(current);
        current = next;
        writer.execute(() -> write(file, next));
        return next;
    }

    /** Waits (a few seconds at most) for pending writes. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(5, TimeUnit.SECONDS)) {
                log.warn("Settings not saved within 5 s: {}", file);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static ConsoleSettings read(Path file) {
        if (!Files.isRegularFile(file)) {
            return ConsoleSettings.DEFAULTS;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            log.warn("Settings file {} unreadable, using defaults: {}", file, e.toString());
            return ConsoleSettings.DEFAULTS;
        }
        Optional<String> server = Optional.ofNullable(p.getProperty("server.url"))
                .map(String::strip).filter(ConsoleSettings::validServerUrl);
        Optional<Locale> language = Optional.ofNullable(p.getProperty("language"))
                .map(String::strip).filter(l -> l.equals("ko") || l.equals("en")).map(Locale::forLanguageTag);
        Theme theme = "dark".equalsIgnoreCase(p.getProperty("theme", "").strip()) ? Theme.DARK : Theme.LIGHT;
        Optional<WindowBounds> window = readWindow(p);
        boolean welcome = Boolean.parseBoolean(p.getProperty("welcome.shown", "false").strip());
        return new ConsoleSettings(server, language, theme, window, welcome);
    }

    private static Optional<WindowBounds> readWindow(Properties p) {
        try {
            double x = Double.parseDouble(p.getProperty("window.x"));
            double y = Double.parseDouble(p.getProperty("window.y"));
            double w = Double.parseDouble(p.getProperty("window.width"));
            double h = Double.parseDouble(p.getProperty("window.height"));
            if (!(Double.isFinite(x) && Double.isFinite(y) && w > 0 && h > 0 && Double.isFinite(w) && Double.isFinite(h))) {
                return Optional.empty();
            }
            return Optional.of(new WindowBounds(x, y, w, h, Boolean.parseBoolean(p.getProperty("window.maximized"))));
        } catch (NullPointerException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static void write(Path file, ConsoleSettings s) {
        Properties p = new Properties();
        s.serverUrl().ifPresent(u -> p.setProperty("server.url", u));
        s.language().ifPresent(l -> p.setProperty("language", l.getLanguage()));
        p.setProperty("theme", s.theme().name().toLowerCase(Locale.ROOT));
        s.window().ifPresent(w -> {
            p.setProperty("window.x", Double.toString(w.x()));
            p.setProperty("window.y", Double.toString(w.y()));
            p.setProperty("window.width", Double.toString(w.width()));
            p.setProperty("window.height", Double.toString(w.height()));
            p.setProperty("window.maximized", Boolean.toString(w.maximized()));
        });
        p.setProperty("welcome.shown", Boolean.toString(s.welcomeShown()));
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(out, "Yeyak console settings (written by the console; edit while it is closed)");
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            log.warn("Could not save the settings to {}: {}", file, e.toString());
        }
    }
}
