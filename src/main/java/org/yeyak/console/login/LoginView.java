package org.yeyak.console.login;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.yeyak.console.ui.I18n;

/** The sign-in screen: a card in the middle of the window. */
public final class LoginView extends StackPane {

    public LoginView(LoginViewModel vm, I18n i18n, String serverUrl) {
        getStyleClass().add("login-screen");
        setId("login");

        Label title = new Label(i18n.get("app.name"));
        title.getStyleClass().add(Styles.TITLE_1);
        Label subtitle = new Label(i18n.get("login.subtitle"));
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);

        Label server = new Label(i18n.get("login.server", serverUrl));
        server.setId("loginServer");
        server.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        server.setWrapText(true);

        TextField username = new TextField();
        username.setId("username");
        username.setPromptText(i18n.get("login.username"));
        username.textProperty().bindBidirectional(vm.usernameProperty());

        PasswordField password = new PasswordField();
        password.setId("password");
        password.setPromptText(i18n.get("login.password"));
        password.textProperty().bindBidirectional(vm.passwordProperty());

        Button signIn = new Button(i18n.get("login.signIn"), new FontIcon(Material2AL.LOCK));
        signIn.setId("signIn");
        signIn.getStyleClass().add(Styles.ACCENT);
        signIn.setDefaultButton(true);
        signIn.setMaxWidth(Double.MAX_VALUE);
        signIn.disableProperty().bind(vm.canSignInProperty().not());
        signIn.setOnAction(e -> vm.signIn());

        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(vm.busyProperty());
        busy.managedProperty().bind(vm.busyProperty());

        Label error = new Label();
        error.setId("signInError");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        HBox buttonRow = new HBox(8, signIn, busy);
        buttonRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(signIn, javafx.scene.layout.Priority.ALWAYS);

        Label userLabel = new Label(i18n.get("login.username"));
        userLabel.setLabelFor(username);
        Label passwordLabel = new Label(i18n.get("login.password"));
        passwordLabel.setLabelFor(password);
        VBox userBox = new VBox(4, userLabel, username);
        VBox passwordBox = new VBox(4, passwordLabel, password);
        VBox card = new VBox(12, title, subtitle, server, userBox, passwordBox, buttonRow, error);
        card.getStyleClass().add("login-card");
        card.setMaxWidth(380);
        card.setMaxHeight(USE_PREF_SIZE);

        vm.demoPassword().ifPresent(pw -> card.getChildren().add(demoBox(vm, i18n, pw)));

        getChildren().add(card);
        setAlignment(card, Pos.CENTER);
        username.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                username.requestFocus();
            }
        });
    }

    private static VBox demoBox(LoginViewModel vm, I18n i18n, String password) {
        Label heading = new Label(i18n.get("login.demo.heading"));
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        Label pw = new Label(i18n.get("login.demo.password", password));
        pw.setId("demoPassword");
        Label hint = new Label(i18n.get("login.demo.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);
        HBox accounts = new HBox(6);
        for (String account : LoginViewModel.DEMO_ACCOUNTS) {
            Button b = new Button(account);
            b.setId("demo-" + account);
            b.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_OUTLINED);
            b.setOnAction(e -> {
                vm.useDemoAccount(account);
                b.getScene().lookup("#signIn").requestFocus();
            });
            accounts.getChildren().add(b);
        }
        VBox box = new VBox(6, heading, pw, accounts, hint);
        box.setId("demoCredentials");
        box.getStyleClass().add("demo-box");
        return box;
    }
}
