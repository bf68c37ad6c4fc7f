package org.yeyak.console.assist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yeyak.console.assist.AssistScreen.everythingShown;
import static org.yeyak.console.assist.AssistScreen.signInAsCallCenter;
import static org.yeyak.console.assist.AssistScreen.text;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
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
import org.yeyak.server.testing.Residents;

/** The assisted-booking page, headless, signed in as {@code callcenter} on a real embedded demo server. */
@ExtendWith(ApplicationExtension.class)
class AssistPageTest {
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
    void aTypedResidentIdIsValidatedThenShownOnlyMasked(FxRobot robot) {
        signInAsCallCenter(robot, console.password());
        String id = Residents.of(LocalDate.of(1990, 5, 19), 31337);
        robot.write(id.substring(0, 8));
        assertThat(text(robot, "#idHint")).isEqualTo("7 of 13 digits.");
        robot.write(id.substring(8));
        AssistScreen.waitForText(robot, "#maskedResidentId", "900519-1******");
        AssistScreen.waitFor("the typed number gone from the field",
                () -> robot.lookup("#residentId").queryTextInputControl().getText().isEmpty());
        assertThat(text(robot, "#idHint")).isEqualTo("Valid: born May 19, 1990.");
        assertThat(robot.lookup("#personName").query().isFocused()).isTrue();
        assertThat(everythingShown(robot)).doesNotContain(id).doesNotContain(id.replace("-", ""))
                .doesNotContain(id.substring(8));
    }
}
