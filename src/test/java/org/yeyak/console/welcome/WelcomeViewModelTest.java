package org.yeyak.console.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.client.StaffRole;
import org.yeyak.console.connect.ServerHandle;
import org.yeyak.console.settings.SettingsStore;
import org.yeyak.console.ui.I18n;

/** The first-run welcome without a toolkit. */
class WelcomeViewModelTest {
    @TempDir
    Path dir;

    private static ServerHandle embedded(String password) {
        return new ServerHandle() {
            @Override
            public String url() {
                return "http://127.0.0.1:40000";
            }

            @Override
            public boolean embedded() {
                return true;
            }

            @Override
            public Optional<String> demoPassword() {
                return Optional.of(password);
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void withTheEmbeddedDemoServerTheDemoAccountsAndPasswordAreShown() {
        SettingsStore store = SettingsStore.open(dir.resolve("c.properties"));
        WelcomeViewModel vm = new WelcomeViewModel(I18n.forLocale(Locale.ENGLISH), embedded("pw3456789abc"), store);
        assertThat(vm.demoMode()).isTrue();
        assertThat(vm.serverText()).startsWith("Demo mode");
        assertThat(vm.credentialsText()).contains("pw3456789abc").contains("official", "callcenter", "analyst");
        assertThat(vm.roles()).extracting(WelcomeViewModel.RoleLine::role)
                .containsExactly(StaffRole.OFFICIAL, StaffRole.CALL_CENTER, StaffRole.ANALYST);
        assertThat(vm.roles()).extracting(WelcomeViewModel.RoleLine::demoAccount)
                .containsExactly("official", "callcenter", "analyst");
        assertThat(vm.roles()).allSatisfy(r -> assertThat(r.duties()).doesNotStartWith("!"));
    }

    @Test
    void withARealServerNoCredentialsAreShownOrInvented() {
        SettingsStore store = SettingsStore.open(dir.resolve("c.properties"));
        WelcomeViewModel vm = new WelcomeViewModel(I18n.forLocale(Locale.KOREAN), ServerHandle.remote("https://yeyak.example.org"), store);
        assertThat(vm.demoMode()).isFalse();
        assertThat(vm.serverText()).contains("https://yeyak.example.org");
        assertThat(vm.demoPassword()).isEmpty();
        assertThat(vm.credentialsText()).isEqualTo(I18n.forLocale(Locale.KOREAN).get("welcome.credentials.remote"));
        assertThat(vm.roles()).extracting(WelcomeViewModel.RoleLine::demoAccount).containsOnly("");
    }

    @Test
    void theWelcomeShowsOnTheFirstStartOnlyUnlessAskedToKeepShowing() {
        Path file = dir.resolve("c.properties");
        try (SettingsStore store = SettingsStore.open(file)) {
            assertThat(WelcomeViewModel.showsAtStart(store.current())).isTrue();
            WelcomeViewModel vm = new WelcomeViewModel(I18n.forLocale(Locale.ENGLISH), embedded("x"), store);
            assertThat(vm.showAtStartProperty().get()).isTrue();
            vm.showAtStartProperty().set(false);
            vm.closed();
        }
        try (SettingsStore store = SettingsStore.open(file)) {
            assertThat(WelcomeViewModel.showsAtStart(store.current())).isFalse();
            WelcomeViewModel vm = new WelcomeViewModel(I18n.forLocale(Locale.ENGLISH), embedded("x"), store);
            vm.showAtStartProperty().set(true);
            vm.closed();
        }
        assertThat(WelcomeViewModel.showsAtStart(SettingsStore.open(file).current())).isTrue();
    }
}
