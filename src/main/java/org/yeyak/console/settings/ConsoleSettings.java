package org.yeyak.console.settings;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yeyak.console.connect.ConsoleOptions;

/**
 * What the console remembers between runs. {@code serverUrl} empty = start the embedded demo
 * server; {@code language} empty = follow the operating system; {@code window} empty = the
 * default size, centred.
 */
public record ConsoleSettings(Optional<String> serverUrl, Optional<Locale> language, Theme theme,
                              Optional<WindowBounds> window, boolean welcomeShown) {

    public static final ConsoleSettings DEFAULTS =
            new ConsoleSettings(Optional.empty(), Optional.empty(), Theme.LIGHT, Optional.empty(), false);

    public ConsoleSettings {
        serverUrl = serverUrl.filter(u -> !u.isBlank());
    }

    public ConsoleSettings withServerUrl(Optional<String> url) {
        return new ConsoleSettings(url, language, theme, window, welcomeShown);
    }

    public ConsoleSettings withLanguage(Locale l) {
        return new ConsoleSettings(serverUrl, Optional.of(l), theme, window, welcomeShown);
    }

    public ConsoleSettings withTheme(Theme t) {
        return new ConsoleSettings(serverUrl, language, t, window, welcomeShown);
    }

    public ConsoleSettings withWindow(WindowBounds w) {
        return new ConsoleSettings(serverUrl, language, theme, Optional.of(w), welcomeShown);
    }

    public ConsoleSettings withWelcomeShown(boolean shown) {
        return new ConsoleSettings(serverUrl, language, theme, window, shown);
    }

    /**
     * The options to start with: what the command line says wins; where it is silent, the
     * saved server and language apply.
     */
    public ConsoleOptions applyTo(List<String> args) {
        ConsoleOptions cli = ConsoleOptions.parse(args);
        String server = args.contains("--server") ? cli.serverUrl() : serverUrl.orElse(null);
        Locale locale = args.contains("--lang") ? cli.locale() : language.orElse(cli.locale());
        return new ConsoleOptions(server, cli.dataDir(), locale);
    }

    /** True when the URL is one the console can connect to (http or https with a host). */
    public static boolean validServerUrl(String url) {
        try {
            java.net.URI u = java.net.URI.create(url.strip());
            return ("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null
                    && u.getUserInfo() == null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
