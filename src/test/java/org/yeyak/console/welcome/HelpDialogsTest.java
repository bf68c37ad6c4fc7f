package org.yeyak.console.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.yeyak.console.ConsoleWindow;
import org.yeyak.console.UiSteps;
import org.yeyak.console.connect.EmbeddedServer;
import org.yeyak.console.settings.SettingsAndHelp;
import org.yeyak.console.settings.SettingsStore;
import org.yeyak.console.settings.Theme;
import org.yeyak.console.ui.FxTaskExecutor;
import org.yeyak.console.ui.I18n;

/** First-run welcome, About and settings in a real console window on a real embedded server. */
@ExtendWith(ApplicationExtension.class)
class HelpDialogsTest {
    @TempDir
    static Path data;
    @TempDir
    Path config;
    static EmbeddedServer server;
    private SettingsStore store;
    private FxTaskExecutor executor;
    private ConsoleWindow window;

    @BeforeAll
    static void startServer() {
        server = EmbeddedServer.start(data);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Start
    void start(Stage stage) {
        store = SettingsStore.open(config.resolve("console.properties"));
        executor = new FxTaskExecutor();
        window = new ConsoleWindow(stage, executor, I18n.forLocale(Locale.ENGLISH));
        window.setHooks(new SettingsAndHelp(store));
        stage.show();
        window.connect(server);
    }

    @AfterEach
    void close() {
        window.dispose();
        executor.close();
        store.close();
    }

    @Test
    void theFirstStartWelcomesWithTheDemoAccountsAndDoesNotComeBackOnceDismissed(FxRobot robot) {
        UiSteps ui = new UiSteps(robot);
        ui.waitUntilShown("#welcomeView");
        assertThat(robot.lookup("#welcomeCredentials").queryAs(Label.class).getText())
                .contains(server.demoPassword().orElseThrow()).contains("official");
        assertThat(robot.lookup("#welcomeServer").queryAs(Label.class).getText()).startsWith("Demo mode");
        robot.clickOn("#welcomeShowAtStart");
        robot.clickOn("#welcomeStart");
        ui.waitFor("the welcome to close", () -> robot.lookup("#welcomeView").tryQuery().isEmpty());
        assertThat(store.current().welcomeShown()).isTrue();
    }

    @Test
    void aboutShowsTheVersionTheAnsweringServerAndTheBundledLibraries(FxRobot robot) {
        UiSteps ui = new UiSteps(robot);
        ui.waitUntilShown("#welcomeStart");
        robot.clickOn("#welcomeStart");
        robot.clickOn("#helpMenu");
        robot.clickOn("#menuAbout");
        ui.waitUntilShown("#aboutView");
        assertThat(robot.lookup("#aboutVersion").queryAs(Label.class).getText()).startsWith("Version ");
        ui.waitFor("the server check", () -> robot.lookup("#aboutServerStatus").queryAs(Label.class).getText().contains("answering"));
        TableView<?> libraries = robot.lookup("#aboutLibraries").queryAs(TableView.class);
        ui.waitFor("the library list", () -> !libraries.getItems().isEmpty());
        assertThat(libraries.getItems()).hasSizeGreaterThan(10);
        robot.clickOn("#aboutClose");
        ui.waitFor("About to close", () -> robot.lookup("#aboutView").tryQuery().isEmpty());
    }

    @Test
    void settingsRefuseANonUrlAndApplyAndRememberTheTheme(FxRobot robot) {
        UiSteps ui = new UiSteps(robot);
        ui.waitUntilShown("#welcomeStart");
        robot.clickOn("#welcomeStart");
        robot.clickOn("#helpMenu");
        robot.clickOn("#menuSettings");
        ui.waitUntilShown("#settingsView");
        robot.clickOn("#settingsRemote");
        robot.clickOn("#settingsServerUrl").write("not a url");
        assertThat(robot.lookup("#settingsSave").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#settingsUrlProblem").queryAs(Label.class).isVisible()).isTrue();
        robot.clickOn("#settingsEmbedded");
        assertThat(robot.lookup("#settingsSave").queryButton().isDisabled()).isFalse();
        robot.interact(() -> robot.lookup("#settingsTheme").queryComboBox().setValue(Theme.DARK));
        robot.clickOn("#settingsSave");
        ui.waitFor("the dark theme", window::dark);
        assertThat(store.current().theme()).isEqualTo(Theme.DARK);
        assertThat(store.current().serverUrl()).isEmpty();
    }
}
