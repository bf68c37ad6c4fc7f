package org.yeyak.console.about;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The libraries on the console's class path with their versions and licences. Versions come
 * from each jar ({@code META-INF/maven/.../pom.properties}, else its file name, as many jars
 * carry no Maven metadata); licences from {@code licences.csv} beside this class, matched by
 * the longest artifact-name prefix (jars of one project share a prefix: {@code jetty-},
 * {@code javafx-}). Reading jars is I/O: call {@link #scan} off the FX thread.
 */
public final class BundledLibraries {
    static final String LICENCES = "/org/yeyak/console/about/licences.csv";
    private static final Pattern FILE_NAME = Pattern.compile("(.+?)-(\\d[\\w.]*?)(-(linux|win|mac|mac-aarch64|linux-aarch64))?\\.jar");

    private final Map<String, String[]> licences;

    private BundledLibraries(Map<String, String[]> licences) {
        this.licences = licences;
    }

    public static BundledLibraries load() {
        Map<String, String[]> map = new LinkedHashMap<>();
        try (InputStream in = Objects.requireNonNull(BundledLibraries.class.getResourceAsStream(LICENCES));
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(";", -1);
                // artifact-name prefix; display name; licence
                map.put(f[0].strip(), new String[] {f[1].strip(), f[2].strip()});
            }
        } catch (IOException e) {
            throw new IllegalStateException("licences.csv unreadable", e);
        }
        return new BundledLibraries(map);
    }

    /** The libraries of this JVM's class path (the jars of {@code java.class.path}). */
    public List<Library> scanClassPath() {
        List<Path> jars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                jars.add(Path.of(entry));
            }
        }
        return scan(jars);
    }

    /** One row per library (by display name), sorted by name. */
    public List<Library> scan(List<Path> jars) {
        Map<String, Library> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Path jar : jars) {
            if (!Files.isRegularFile(jar)) {
                continue;
            }
            Coordinates c = coordinates(jar);
            if (c == null) {
                continue;
            }
            if (c.group.equals("org.yeyak")) {
                continue; // the console itself
            }
            Library lib = describe(c.artifact, c.version);
            byName.merge(lib.name(), lib, (a, b) -> a);
        }
        return byName.values().stream().sorted(Comparator.comparing(Library::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The library this artifact belongs to; unknown ones keep their artifact name and no licence. */
    Library describe(String artifact, String version) {
        String best = null;
        for (String prefix : licences.keySet()) {
            if (artifact.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        if (best == null) {
            return new Library(artifact, version, "");
        }
        String[] entry = licences.get(best);
        return new Library(entry[0], version, entry[1]);
    }

    private record Coordinates(String group, String artifact, String version) {
    }

    private static Coordinates coordinates(Path jar) {
        try (JarFile f = new JarFile(jar.toFile())) {
            var entries = f.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                String n = e.getName();
                if (n.startsWith("META-INF/maven/") && n.endsWith("/pom.properties")) {
                    Properties p = new Properties();
                    try (InputStream in = f.getInputStream(e)) {
                        p.load(in);
                    }
                    if (p.getProperty("artifactId") != null) {
                        return new Coordinates(p.getProperty("groupId", ""), p.getProperty("artifactId"), p.getProperty("version", ""));
                    }
                }
            }
        } catch (IOException e) {
            return null;
        }
        Matcher m = FILE_NAME.matcher(jar.getFileName().toString());
        return m.matches() ? new Coordinates("", m.group(1), m.group(2)) : null;
    }
}
