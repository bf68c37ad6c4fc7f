package org.yeyak.console.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void settingsSurviveARestart() {
        Path file = dir.resolve("yeyak/console.properties");
        WindowBounds bounds = new WindowBounds(100, 50, 1300, 820, false);
        try (SettingsStore store = SettingsStore.open(file)) {
            store.update(s -> s.withServerUrl(Optional.of("https://yeyak.example.org"))
                    .withLanguage(Locale.KOREAN).withTheme(Theme.DARK).withWindow(bounds).withWelcomeShown(true));
        }
        ConsoleSettings again = SettingsStore.open(file).current();
        assertThat(again.serverUrl()).contains("https://yeyak.example.org");
        assertThat(again.language()).contains(Locale.KOREAN);
        assertThat(again.theme()).isEqualTo(Theme.DARK);
        assertThat(again.window()).contains(bounds);
        assertThat(again.welcomeShown()).isTrue();
    }

    @Test
    void noFileMeansDefaults() {
        assertThat(SettingsStore.open(dir.resolve("none.properties")).current()).isEqualTo(ConsoleSettings.DEFAULTS);
    }

    @Test
    void aValueThatDoesNotParseFallsBackToItsDefaultAndKeepsTheOthers() throws IOException {
        Path file = dir.resolve("console.properties");
        Files.writeString(file, """
                server.url=ftp://nope
                language=fr
                theme=dark
                window.x=abc
                window.y=1
                window.width=1000
                window.height=700
                welcome.shown=true
                """, StandardCharsets.UTF_8);
        ConsoleSettings s = SettingsStore.open(file).current();
        assertThat(s.serverUrl()).isEmpty();
        assertThat(s.language()).isEmpty();
        assertThat(s.theme()).isEqualTo(Theme.DARK);
        assertThat(s.window()).isEmpty();
        assertThat(s.welcomeShown()).isTrue();
    }

    @Test
    void theFileIsReplacedWholeWithNoTemporaryFileLeftBehind() throws IOException {
        Path file = dir.resolve("console.properties");
        try (SettingsStore store = SettingsStore.open(file)) {
            for (int i = 0; i < 20; i++) {
                int n = i;
                store.update(s -> s.withWindow(new WindowBounds(n, n, 1000, 700, false)));
            }
        }
        assertThat(SettingsStore.open(file).current().window()).contains(new WindowBounds(19, 19, 1000, 700, false));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("console.properties");
        }
    }
}
