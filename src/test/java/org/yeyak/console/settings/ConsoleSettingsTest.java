package org.yeyak.console.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yeyak.console.connect.ConsoleOptions;

class ConsoleSettingsTest {
    private final ConsoleSettings saved = ConsoleSettings.DEFAULTS
            .withServerUrl(Optional.of("https://saved.example.org")).withLanguage(Locale.KOREAN);

    @Test
    void savedServerAndLanguageApplyWhenTheCommandLineIsSilent() {
        ConsoleOptions o = saved.applyTo(List.of());
        assertThat(o.serverUrl()).isEqualTo("https://saved.example.org");
        assertThat(o.embedded()).isFalse();
        assertThat(o.locale()).isEqualTo(Locale.KOREAN);
    }

    @Test
    void theCommandLineWins() {
        ConsoleOptions o = saved.applyTo(List.of("--server", "http://127.0.0.1:8080", "--lang", "en"));
        assertThat(o.serverUrl()).isEqualTo("http://127.0.0.1:8080");
        assertThat(o.locale().getLanguage()).isEqualTo("en");
    }

    @Test
    void noSavedServerMeansTheEmbeddedDemoServer() {
        assertThat(ConsoleSettings.DEFAULTS.applyTo(List.of()).embedded()).isTrue();
    }

    @Test
    void onlyHttpAndHttpsUrlsWithAHostAreServers() {
        assertThat(ConsoleSettings.validServerUrl("https://yeyak.example.org")).isTrue();
        assertThat(ConsoleSettings.validServerUrl("http://127.0.0.1:8080/")).isTrue();
        assertThat(ConsoleSettings.validServerUrl("ftp://x")).isFalse();
        assertThat(ConsoleSettings.validServerUrl("yeyak.example.org")).isFalse();
        assertThat(ConsoleSettings.validServerUrl("http://")).isFalse();
        assertThat(ConsoleSettings.validServerUrl("http://user:pw@host")).isFalse();
        assertThat(ConsoleSettings.validServerUrl("http://a b")).isFalse();
    }
}
