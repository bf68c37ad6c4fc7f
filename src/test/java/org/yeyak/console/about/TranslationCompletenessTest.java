package org.yeyak.console.about;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Korean and English complete: every key in both bundle files, no empty text, no lone
 * apostrophe (every text is a MessageFormat pattern, which would swallow it), and every key
 * the console's code asks for by name exists.
 */
class TranslationCompletenessTest {
    private static final Path SOURCES = Path.of("src/main/java/org/yeyak/console");
    private static final Pattern KEY_IN_CODE = Pattern.compile("i18n(?:\\(\\))?\\.get\\(\"([A-Za-z0-9_.]*[A-Za-z0-9_])\"\\s*[,)]");

    @Test
    void aKeyInOneLanguageIsInTheOther() throws IOException {
        Set<String> ko = load("ko").stringPropertyNames();
        Set<String> en = load("en").stringPropertyNames();
        assertThat(difference(ko, en)).as("keys only in Korean").isEmpty();
        assertThat(difference(en, ko)).as("keys only in English").isEmpty();
    }

    @Test
    void noTextIsEmptyOrHasALoneApostrophe() throws IOException {
        for (String lang : new String[] {"ko", "en"}) {
            Properties p = load(lang);
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                assertThat(text).as(lang + " " + key).isNotBlank();
                assertThat(text.replace("''", "")).as(lang + " " + key + " (write '' for an apostrophe)").doesNotContain("'");
            }
        }
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).as("keys found in the code").hasSizeGreaterThan(50);
        assertThat(difference(used, load("en").stringPropertyNames())).as("keys missing from the bundles").isEmpty();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    private static Properties load(String lang) throws IOException {
        Properties p = new Properties();
        try (var in = TranslationCompletenessTest.class.getResourceAsStream("/org/yeyak/console/messages_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
