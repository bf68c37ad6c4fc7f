package org.yeyak.console.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.console.ui.I18n;

/** The settings form without a toolkit. */
class SettingsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aServerAddressThatIsNotAUrlCannotBeSaved() {
        try (SettingsStore store = SettingsStore.open(dir.resolve("c.properties"))) {
            SettingsViewModel vm = new SettingsViewModel(store, I18n.forLocale(Locale.ENGLISH), false);
            assertThat(vm.invalidProperty().get()).isFalse();
            vm.embeddedProperty().set(false);
            vm.serverUrlProperty().set("yeyak.example.org");
            assertThat(vm.invalidProperty().get()).isTrue();
            assertThat(vm.save()).isEmpty();
            assertThat(store.current().serverUrl()).isEmpty();
            vm.serverUrlProperty().set("https://yeyak.example.org");
            assertThat(vm.invalidProperty().get()).isFalse();
        }
    }

    @Test
    void savingRecordsTheChoicesAndTellsWhatChanged() {
        Path file = dir.resolve("c.properties");
        try (SettingsStore store = SettingsStore.open(file)) {
            SettingsViewModel vm = new SettingsViewModel(store, I18n.forLocale(Locale.ENGLISH), false);
            vm.embeddedProperty().set(false);
            vm.serverUrlProperty().set(" https://yeyak.example.org ");
            vm.languageProperty().set(Locale.KOREAN);
            SettingsViewModel.Outcome outcome = vm.save().orElseThrow();
            assertThat(outcome).isEqualTo(new SettingsViewModel.Outcome(true, false, true));
        }
        ConsoleSettings saved = SettingsStore.open(file).current();
        assertThat(saved.serverUrl()).contains("https://yeyak.example.org");
        assertThat(saved.language()).contains(Locale.KOREAN);
        assertThat(saved.theme()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void choosingTheEmbeddedServerAgainForgetsTheSavedUrl() {
        // Closed before the temporary folder goes: the store writes in the background.
        try (SettingsStore store = SettingsStore.open(dir.resolve("c.properties"))) {
            store.update(s -> s.withServerUrl(java.util.Optional.of("https://old.example.org")));
            SettingsViewModel vm = new SettingsViewModel(store, I18n.forLocale(Locale.ENGLISH), true);
            assertThat(vm.embeddedProperty().get()).isFalse();
            vm.embeddedProperty().set(true);
            SettingsViewModel.Outcome outcome = vm.save().orElseThrow();
            assertThat(outcome.serverChanged()).isTrue();
            assertThat(outcome.themeChanged()).isFalse();
            assertThat(store.current().serverUrl()).isEmpty();
            assertThat(store.current().theme()).isEqualTo(Theme.DARK);
        }
    }
}
