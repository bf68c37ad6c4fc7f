package org.yeyak.console.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.client.StaffRole;
import org.yeyak.client.StaffSession;
import org.yeyak.client.YeyakClient;
import org.yeyak.console.connect.EmbeddedServer;
import org.yeyak.console.ui.CurrentThreadTaskExecutor;
import org.yeyak.console.ui.I18n;

/** Sign-in logic against a real embedded demo server, run synchronously: no toolkit. */
class LoginViewModelTest {
    @TempDir
    static Path data;
    static EmbeddedServer server;

    final List<StaffSession> signedIn = new ArrayList<>();

    @BeforeAll
    static void start() {
        server = EmbeddedServer.start(data);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    LoginViewModel viewModel() {
        return new LoginViewModel(new YeyakClient(server.url()), new CurrentThreadTaskExecutor(),
                I18n.forLocale(Locale.ENGLISH), server.demoPassword(), signedIn::add);
    }

    @Test
    void theDemoPasswordSignsInAnOfficial() {
        LoginViewModel vm = viewModel();
        vm.usernameProperty().set("official");
        vm.passwordProperty().set(server.demoPassword().orElseThrow());
        vm.signIn();
        assertThat(signedIn).singleElement().satisfies(s -> {
            assertThat(s.role()).isEqualTo(StaffRole.OFFICIAL);
            assertThat(s.username()).isEqualTo("official");
            assertThat(s.token()).isNotBlank();
        });
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aWrongPasswordShowsTheServersRefusalAndClearsThePassword() {
        LoginViewModel vm = viewModel();
        vm.usernameProperty().set("analyst");
        vm.passwordProperty().set("not-the-password");
        vm.signIn();
        assertThat(signedIn).isEmpty();
        assertThat(vm.errorProperty().get()).isEqualTo("Unauthorized — Wrong user name or password.");
        assertThat(vm.passwordProperty().get()).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void signInIsNotPossibleWithAnEmptyField() {
        LoginViewModel vm = viewModel();
        vm.usernameProperty().set("  ");
        vm.passwordProperty().set("x");
        assertThat(vm.canSignInProperty().get()).isFalse();
        vm.signIn();
        assertThat(signedIn).isEmpty();
    }

    @Test
    void aDemoAccountButtonFillsTheForm() {
        LoginViewModel vm = viewModel();
        vm.useDemoAccount("callcenter");
        assertThat(vm.usernameProperty().get()).isEqualTo("callcenter");
        assertThat(vm.passwordProperty().get()).isEqualTo(server.demoPassword().orElseThrow());
        vm.signIn();
        assertThat(signedIn).singleElement().extracting(StaffSession::role).isEqualTo(StaffRole.CALL_CENTER);
    }

    @Test
    void withoutADemoPasswordTheDemoButtonsDoNothing() {
        LoginViewModel vm = new LoginViewModel(new YeyakClient(server.url()), new CurrentThreadTaskExecutor(),
                I18n.forLocale(Locale.ENGLISH), Optional.empty(), signedIn::add);
        vm.useDemoAccount("official");
        assertThat(vm.usernameProperty().get()).isEmpty();
    }

    @Test
    void anUnreachableServerIsSaidInPlainWords() {
        LoginViewModel vm = new LoginViewModel(new YeyakClient("http://127.0.0.1:1"), new CurrentThreadTaskExecutor(),
                I18n.forLocale(Locale.ENGLISH), Optional.empty(), signedIn::add);
        vm.usernameProperty().set("official");
        vm.passwordProperty().set("x");
        vm.signIn();
        assertThat(vm.errorProperty().get()).startsWith("Server unreachable — No answer from http://127.0.0.1:1")
                .doesNotContain("Exception");
    }
}
