package org.yeyak.console.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the console keeps the user's settings and its log, following each platform's habit:
 * Linux {@code $XDG_CONFIG_HOME/yeyak} (default {@code ~/.config/yeyak}) for settings and
 * {@code $XDG_DATA_HOME/yeyak} ({@code ~/.local/share/yeyak}) for data; Windows
 * {@code %APPDATA%\Yeyak}; macOS {@code ~/Library/Application Support/Yeyak} for both.
 * The data folder is the one the embedded server uses too.
 */
public record UserFolders(Path config, Path data) {

    public static UserFolders forCurrentUser() {
        return of(System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")), System.getenv());
    }

    /** Pure: the folders for this OS name, home folder and environment. */
    public static UserFolders of(String osName, Path home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            Path base = present(env, "APPDATA") ? Path.of(env.get("APPDATA")) : home.resolve("AppData").resolve("Roaming");
            Path yeyak = base.resolve("Yeyak");
            return new UserFolders(yeyak, yeyak);
        }
        if (os.contains("mac")) {
            Path yeyak = home.resolve("Library").resolve("Application Support").resolve("Yeyak");
            return new UserFolders(yeyak, yeyak);
        }
        Path config = present(env, "XDG_CONFIG_HOME") ? Path.of(env.get("XDG_CONFIG_HOME")) : home.resolve(".config");
        Path data = present(env, "XDG_DATA_HOME") ? Path.of(env.get("XDG_DATA_HOME")) : home.resolve(".local").resolve("share");
        return new UserFolders(config.resolve("yeyak"), data.resolve("yeyak"));
    }

    /** The console's settings file. */
    public Path settingsFile() {
        return config.resolve("console.properties");
    }

    /** The folder of the console's rolling log files. */
    public Path logs() {
        return data.resolve("logs");
    }

    private static boolean present(Map<String, String> env, String name) {
        String v = env.get(name);
        // XDG: a relative path is invalid and must be ignored.
        return v != null && !v.isBlank() && Path.of(v).isAbsolute();
    }
}
