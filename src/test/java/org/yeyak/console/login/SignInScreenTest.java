package org.yeyak.console.login;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.yeyak.console.ConsoleUiTest;

/** The sign-in screen of a console that started its own demo server. */
class SignInScreenTest extends ConsoleUiTest {
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
