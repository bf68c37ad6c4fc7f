package org.yeyak.console.login;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.yeyak.client.StaffSession;
import org.yeyak.client.YeyakClient;
import org.yeyak.console.ui.BackgroundTask;
import org.yeyak.console.ui.ErrorText;
import org.yeyak.console.ui.I18n;
import org.yeyak.console.ui.TaskExecutor;

/** Staff sign-in: user name and password, one call in the background, the server's refusal shown as text. */
public final class LoginViewModel {
    /** The demo accounts of a demo-mode server (API.md). */
    public static final java.util.List<String> DEMO_ACCOUNTS = java.util.List.of("official", "callcenter", "analyst");

    private final YeyakClient client;
    private final TaskExecutor executor;
    private final I18n i18n;
    private final Optional<String> demoPassword;
    private final Consumer<StaffSession> onSignedIn;

    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanBinding canSignIn;

    public LoginViewModel(YeyakClient client, TaskExecutor executor, I18n i18n, Optional<String> demoPassword,
                          Consumer<StaffSession> onSignedIn) {
        this.client = client;
        this.executor = executor;
        this.i18n = i18n;
        this.demoPassword = demoPassword;
        this.onSignedIn = onSignedIn;
        this.canSignIn = Bindings.createBooleanBinding(
                () -> !busy.get() && !username.get().isBlank() && !password.get().isEmpty(),
                busy, username, password);
    }

    public void signIn() {
        if (!canSignIn.get()) {
            return;
        }
        String user = username.get().strip();
        String pw = password.get();
        BackgroundTask.wrap(() -> client.signIn(user, pw))
                .onRunning(() -> {
                    busy.set(true);
                    error.set("");
                })
                .onSuccess(session -> {
                    password.set("");
                    onSignedIn.accept(session);
                })
                .onFailure(e -> {
                    error.set(ErrorText.of(e, i18n).line());
                    password.set("");
                })
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    /** Fills the form with a demo account (embedded demo server only). */
    public void useDemoAccount(String account) {
        demoPassword.ifPresent(pw -> {
            username.set(account);
            password.set(pw);
        });
    }

    public Optional<String> demoPassword() {
        return demoPassword;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanBinding canSignInProperty() {
        return canSignIn;
    }
}
