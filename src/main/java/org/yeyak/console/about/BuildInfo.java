package org.yeyak.console.about;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The console's version and build time, written into {@code build.properties} by Maven's
 * resource filtering. Unfiltered (an IDE copying resources itself) reads as a development build.
 */
public record BuildInfo(String version, String built) {
    static final String RESOURCE = "/org/yeyak/console/about/build.properties";
    public static final BuildInfo DEVELOPMENT = new BuildInfo("development", "");

    public static BuildInfo load() {
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return DEVELOPMENT;
            }
            Properties p = new Properties();
            p.load(in);
            return of(p.getProperty("version", ""), p.getProperty("built", ""));
        } catch (IOException e) {
            return DEVELOPMENT;
        }
    }

    static BuildInfo of(String version, String built) {
        boolean filtered = !version.isBlank() && !version.contains("${");
        return filtered ? new BuildInfo(version, built.contains("${") ? "" : built) : DEVELOPMENT;
    }
}
