package org.yeyak.console;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import java.util.Objects;
import java.util.function.BiFunction;
import javafx.application.Application;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.yeyak.client.StaffSession;
import org.yeyak.client.YeyakClient;
import org.yeyak.console.allocation.AllocationPage;
import org.yeyak.console.allocation.AllocationViewModel;
import org.yeyak.console.campaigns.CampaignsPage;
import org.yeyak.console.campaigns.CampaignsViewModel;
import org.yeyak.console.connect.ServerHandle;
import org.yeyak.console.login.LoginView;
import org.yeyak.console.login.LoginViewModel;
import org.yeyak.console.settings.WindowControls;
import org.yeyak.console.settings.WindowHooks;
import org.yeyak.console.shell.Page;
import org.yeyak.console.shell.PageKind;
import org.yeyak.console.shell.PlaceholderPage;
import org.yeyak.console.shell.ShellView;
import org.yeyak.console.shell.ShellViewModel;
import org.yeyak.console.ui.Activity;
import org.yeyak.console.ui.DialogService;
import org.yeyak.console.ui.ErrorText;
import org.yeyak.console.ui.FxDialogService;
import org.yeyak.console.ui.HeaderBar;
import org.yeyak.console.ui.I18n;
import org.yeyak.console.ui.KoreanFont;
import org.yeyak.console.ui.TaskExecutor;

/**
 * The console's one window and what it shows: "starting", sign-in, or the signed-in shell.
 * Switching language or theme rebuilds the current screen and keeps the sign-in.
 */
public final class ConsoleWindow {
    public static final String STYLESHEET = "/org/yeyak/console/console.css";

    private final Stage stage;
    private final TaskExecutor executor;
    private final Activity activity = new Activity();
    private final BorderPane root = new BorderPane();
    private BiFunction<Window, I18n, DialogService> dialogFactory = FxDialogService::new;
    private I18n i18n;
    private boolean dark;
    private WindowHooks hooks = WindowHooks.NONE;
    private ServerHandle server;
    private YeyakClient client;
    private StaffSession session;
    private ShellView shell;
    private String startFailure;

    public ConsoleWindow(Stage stage, TaskExecutor executor, I18n i18n) {
        this.stage = stage;
        this.executor = executor;
        this.i18n = i18n;
        applyTheme();
        KoreanFont.apply(root);
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(ConsoleWindow.class.getResource(STYLESHEET)).toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        render();
    }

    /** Tests may answer dialogs themselves. */
    public void setDialogFactory(BiFunction<Window, I18n, DialogService> factory) {
        this.dialogFactory = factory;
    }

    /** Settings and help (the console's {@link WindowHooks}); applies the saved theme. */
    public void setHooks(WindowHooks hooks) {
        this.hooks = hooks;
        this.dark = hooks.startsDark();
        applyTheme();
        render();
    }

    /** The server is there: show the sign-in screen. */
    public void connect(ServerHandle handle) {
        this.server = handle;
        this.client = new YeyakClient(handle.url());
        this.startFailure = null;
        render();
        hooks.connected(controls());
    }

    private WindowControls controls() {
        return new WindowControls(stage, i18n, server, dark, this::switchLanguage, this::switchTheme, executor);
    }

    /** The embedded server could not start (e.g. its data folder is in use by another console). */
    public void startFailed(Throwable error) {
        this.startFailure = ErrorText.of(error, i18n).line();
        render();
    }

    private void render() {
        if (shell != null) {
            shell.dispose();
            shell = null;
        }
        stage.setTitle(i18n.get("app.title"));
        HeaderBar header = new HeaderBar(i18n, server != null && server.embedded(), dark,
                this::switchLanguage, this::switchTheme);
        javafx.scene.Node menu = server == null ? null : hooks.headerMenu(controls());
        if (menu != null) {
            header.addTrailing(menu);
        }
        if (server == null) {
            root.setTop(header);
            root.setCenter(startingScreen());
            root.setBottom(null);
        } else if (session == null) {
            LoginViewModel vm = new LoginViewModel(client, executor, i18n, server.demoPassword(), this::signedIn);
            root.setTop(header);
            root.setCenter(new LoginView(vm, i18n, server.url()));
            root.setBottom(null);
        } else {
            ShellViewModel vm = new ShellViewModel(client, session, executor, i18n, this::signedOut);
            shell = new ShellView(vm, i18n, header, this::page, activity);
            root.setTop(null);
            root.setBottom(null);
            root.setCenter(shell);
        }
    }

    private Node startingScreen() {
        Label text;
        VBox box;
        if (startFailure != null) {
            text = new Label(i18n.get("starting.failed", startFailure));
            text.getStyleClass().add(Styles.DANGER);
            box = new VBox(12, text);
        } else {
            text = new Label(i18n.get("starting.embedded"));
            box = new VBox(12, new ProgressIndicator(), text);
        }
        text.setId("startingText");
        text.setWrapText(true);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(520);
        return box;
    }

    private Page page(PageKind kind) {
        DialogService dialogs = dialogFactory.apply(stage, i18n);
        Objects.requireNonNull(dialogs);
        return switch (kind) {
            case CAMPAIGNS -> new CampaignsPage(new CampaignsViewModel(client, executor, i18n, dialogs), i18n);
            case ALLOCATION -> new AllocationPage(new AllocationViewModel(client, executor, i18n, dialogs, activity), i18n);
            case LIVE -> org.yeyak.console.live.LivePage.create(client, session.role(), server.embedded(), executor, dialogs, i18n);
            case ASSIST -> new org.yeyak.console.assist.AssistPage(client, session, executor, i18n, dialogs);
            default -> new PlaceholderPage(kind, i18n);
        };
    }

    private void signedIn(StaffSession s) {
        this.session = s;
        render();
    }

    private void signedOut() {
        this.session = null;
        activity.done();
        render();
    }

    private void switchLanguage() {
        i18n = i18n.other();
        hooks.languageChanged(i18n.locale());
        rerender();
    }

    private void switchTheme() {
        dark = !dark;
        hooks.themeChanged(dark);
        applyTheme();
        rerender();
    }

    /** Builds the current screen again (new language or theme), on the same page. */
    private void rerender() {
        PageKind selected = shell == null ? null : shell.viewModel().selectedProperty().get();
        render();
        if (shell != null && selected != null) {
            shell.viewModel().selectedProperty().set(selected);
        }
    }

    private void applyTheme() {
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public I18n i18n() {
        return i18n;
    }

    public boolean dark() {
        return dark;
    }

    /** Stops the shell's timers; the server is closed by the application. */
    public void dispose() {
        if (shell != null) {
            shell.dispose();
            shell = null;
        }
    }
}
