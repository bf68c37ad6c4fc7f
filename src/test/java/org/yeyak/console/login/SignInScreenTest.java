package org.yeyak.console.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
import org.yeyak.console.ConsoleFixture;

/** The sign-in screen of a console that started its own demo server. */
@ExtendWith(ApplicationExtension.class)
class SignInScreenTest {
    @TempDir
    static Path data;
    static ConsoleFixture console;

    @BeforeAll
    static void startServer() {
        console = new ConsoleFixture(data);
    }

    @AfterAll
    static void stopServer() {
        console.close();
    }

    @Start
    void start(Stage stage) {
        console.show(stage, Locale.ENGLISH);
    }

    @AfterEach
    void closeWindow() {
        console.closeWindow();
    }

    @Test
    void embeddedServerIsMarkedAndItsDemoPasswordShown(FxRobot robot) {
        assertThat(robot.lookup("#embeddedMarker").queryAs(Label.class).getText()).isEqualTo("Embedded demo server");
        assertThat(robot.lookup("#demoPassword").queryAs(Label.class).getText()).contains(console.password());
        assertThat(robot.lookup("#loginServer").queryAs(Label.class).getText()).contains(console.server().url());
    }

    @Test
    void signInStaysDisabledUntilBothFieldsAreFilled(FxRobot robot) {
        Button signIn = robot.lookup("#signIn").queryButton();
        assertThat(signIn.isDisabled()).isTrue();
        robot.clickOn("#username").write("official");
        assertThat(signIn.isDisabled()).isTrue();
        robot.clickOn("#password").write("x");
        assertThat(signIn.isDisabled()).isFalse();
    }

    @Test
    void switchingLanguageShowsTheScreenInKorean(FxRobot robot) {
        robot.clickOn("#switchLanguage");
        assertThat(robot.lookup("#signIn").queryButton().getText()).isEqualTo("로그인");
        assertThat(robot.lookup("#embeddedMarker").queryAs(Label.class).getText()).isEqualTo("내장 데모 서버");
    }
}
